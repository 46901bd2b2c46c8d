package jp.city.lms.it;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A full registry snapshot in the contract's format (orgs.csv and staff.csv with Japanese headers)
 * that a test starts from the registry as it is and then changes: a hire, a transfer, someone
 * missing.
 */
public final class RegistryFiles {

  static final String[] ORG_HEADERS = {"所属コード", "所属名", "上位所属コード", "種別"};
  static final String[] STAFF_HEADERS = {
    "職員番号", "氏名", "氏名カナ", "所属コード", "職位", "職種", "採用年月日", "在職区分", "メール", "上長職員番号"
  };

  final List<Map<String, String>> orgs = new ArrayList<>();
  final List<Map<String, String>> staff = new ArrayList<>();

  static Map<String, String> row(String[] headers, Object... values) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < headers.length; i++) {
      row.put(headers[i], values[i] == null ? "" : values[i].toString());
    }
    return row;
  }

  public RegistryFiles addOrg(String code, String name, String parent, String kind) {
    orgs.add(row(ORG_HEADERS, code, name, parent, kind));
    return this;
  }

  public RegistryFiles hire(String no, String name, String kana, String org, String position) {
    staff.add(row(STAFF_HEADERS, no, name, kana, org, position, "事務", "2020-04-01", "在職", "", ""));
    return this;
  }

  public Map<String, String> person(String no) {
    return staff.stream()
        .filter(r -> r.get("職員番号").equals(no))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no " + no + " in the snapshot"));
  }

  public RegistryFiles set(String no, String header, String value) {
    person(no).put(header, value);
    return this;
  }

  public RegistryFiles remove(String no) {
    staff.remove(person(no));
    return this;
  }

  public int staffCount() {
    return staff.size();
  }

  public byte[] orgsCsv() {
    return csv(ORG_HEADERS, orgs, StandardCharsets.UTF_8);
  }

  public byte[] staffCsv() {
    return csv(STAFF_HEADERS, staff, StandardCharsets.UTF_8);
  }

  public byte[] staffCsv(Charset charset) {
    return csv(STAFF_HEADERS, staff, charset);
  }

  private static byte[] csv(String[] headers, List<Map<String, String>> rows, Charset charset) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(headers).get().print(out)) {
      for (Map<String, String> row : rows) {
        printer.printRecord(row.values());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(charset);
  }
}
