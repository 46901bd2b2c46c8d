package jp.city.lms.platform.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.city.lms.platform.control.CsvRefusedException.Kind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file the city sends (the HR registry's files, {@code completions.csv}), decoded and split
 * into rows, each with the line an editor shows it on, and its header matched to the columns a
 * feature reads (in any order, unknown columns ignored). Exports come from Excel as UTF-8 (often
 * with a BOM) or as Windows-31J, so the bytes are tried strictly as UTF-8 first and then as
 * Windows-31J: a strict decoder never turns a wrongly guessed encoding into silent mojibake. Line
 * numbers count every line break, including those inside quoted fields, because that is what the
 * person fixing the file sees. Rows whose cells are all blank (Excel's trailing {@code ,,,} lines)
 * are not data.
 *
 * @param <C> the feature's columns
 */
public final class CsvTable<C extends CsvColumn> {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  /** A data row: the line it starts on and its raw cells. */
  public record Row(int line, List<String> cells) {}

  public final String file;
  public final List<Row> rows;
  private final int[] index;
  private final String[] headers;

  private CsvTable(String file, List<Row> rows, int[] index, String[] headers) {
    this.file = file;
    this.rows = rows;
    this.index = index;
    this.headers = headers;
  }

  /**
   * Decodes, checks the header and splits the file; refuses it when it cannot be decoded or parsed,
   * lacks a required column or has no data row.
   */
  public static <C extends CsvColumn> CsvTable<C> read(String file, byte[] bytes, List<C> columns)
      throws CsvRefusedException {
    String text = decode(file, bytes);
    int[] lineStarts = lineStarts(text);
    List<Row> records = new ArrayList<>();
    long linesBeforeNext = 0;
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
      for (CSVRecord record : parser) {
        records.add(
            new Row(
                lineOf(text, lineStarts, (int) record.getCharacterPosition()), record.toList()));
        linesBeforeNext = parser.getCurrentLineNumber();
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new CsvRefusedException(Kind.MALFORMED, file, (int) linesBeforeNext + 1);
    }
    if (records.isEmpty()) {
      throw new CsvRefusedException(Kind.EMPTY, file);
    }
    int[] index = new int[columns.stream().mapToInt(CsvColumn::ordinal).max().orElse(-1) + 1];
    Arrays.fill(index, -1);
    String[] headers = new String[index.length];
    List<String> headerCells = records.get(0).cells();
    for (int i = 0; i < headerCells.size(); i++) {
      for (C column : columns) {
        if (index[column.ordinal()] < 0 && column.matchesHeader(headerCells.get(i))) {
          index[column.ordinal()] = i;
          headers[column.ordinal()] = CsvText.trim(headerCells.get(i));
        }
      }
    }
    for (C column : columns) {
      if (column.required() && index[column.ordinal()] < 0) {
        throw new CsvRefusedException(Kind.MISSING_COLUMN, file, column.japanese(), column.alias());
      }
    }
    List<Row> rows = new ArrayList<>(records.size() - 1);
    for (Row row : records.subList(1, records.size())) {
      if (!isBlank(row)) {
        rows.add(row);
      }
    }
    if (rows.isEmpty()) {
      throw new CsvRefusedException(Kind.EMPTY, file);
    }
    return new CsvTable<>(file, rows, index, headers);
  }

  /**
   * The cells of a row by {@link CsvColumn#ordinal()}, trimmed and normalised as each column says;
   * null when blank or absent.
   */
  public String[] values(Row row, List<C> columns) {
    String[] values = new String[index.length];
    for (C column : columns) {
      values[column.ordinal()] = column.value(raw(row, column));
    }
    return values;
  }

  /** The cell trimmed but not normalised, for showing what the file said; empty when absent. */
  public String raw(Row row, C column) {
    int at = index[column.ordinal()];
    return at < 0 || at >= row.cells().size() ? "" : CsvText.trim(row.cells().get(at));
  }

  /** The column's header as written in this file (e.g. 所属コード or org_code). */
  public String header(C column) {
    String header = headers[column.ordinal()];
    return header == null ? column.japanese() : header;
  }

  private static boolean isBlank(Row row) {
    for (String cell : row.cells()) {
      if (!CsvText.trim(cell).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  public static String decode(String file, byte[] bytes) throws CsvRefusedException {
    int offset =
        bytes.length >= 3 && Arrays.equals(bytes, 0, 3, UTF8_BOM, 0, 3) ? UTF8_BOM.length : 0;
    for (Charset charset : List.of(StandardCharsets.UTF_8, WINDOWS_31J)) {
      try {
        CharBuffer chars =
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
      } catch (CharacterCodingException e) {
        // not this encoding: try the next one
      }
    }
    throw new CsvRefusedException(Kind.UNDECODABLE, file);
  }

  /** Offsets where lines start; CRLF, LF and a lone CR each end a line, as in an editor. */
  private static int[] lineStarts(String text) {
    int[] starts = new int[64];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /**
   * The 1-based line of a record starting at a character offset. The parser reports the offset
   * before any empty lines it skipped, so those are stepped over first.
   */
  private static int lineOf(String text, int[] lineStarts, int offset) {
    int at = offset;
    while (at < text.length() && (text.charAt(at) == '\r' || text.charAt(at) == '\n')) {
      at++;
    }
    int found = Arrays.binarySearch(lineStarts, at);
    return found >= 0 ? found + 1 : -found - 1;
  }
}
