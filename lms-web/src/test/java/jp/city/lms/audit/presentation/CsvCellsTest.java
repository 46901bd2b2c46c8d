package jp.city.lms.audit.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

  @Test
  void formulasAreNeutralised() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvCells.cell("=HYPERLINK(\"x\")"));
    assertEquals("\"'+1\"", CsvCells.cell("+1"));
    assertEquals("\"'-1\"", CsvCells.cell("-1"));
    assertEquals("\"'@SUM(A1)\"", CsvCells.cell("@SUM(A1)"));
    assertEquals("\"'\tx\"", CsvCells.cell("\tx"));
    assertEquals("\"'\rx\"", CsvCells.cell("\rx"));
  }

  @Test
  void plainCellsAreQuotedAndNullIsEmpty() {
    assertEquals(
        "\"1000001\",,\"a, \"\"b\"\"\"\r\n",
        CsvCells.line(Arrays.asList("1000001", null, "a, \"b\"")));
  }
}
