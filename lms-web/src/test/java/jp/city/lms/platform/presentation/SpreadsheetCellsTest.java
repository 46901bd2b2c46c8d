package jp.city.lms.platform.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Every export's cells: nothing a spreadsheet would run as a formula, everything else as it is. */
class SpreadsheetCellsTest {

  @Test
  void eachLeadingCharacterOfAFormulaGetsAnApostrophe() {
    for (String cell :
        new String[] {
          "=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=", "-"
        }) {
      assertEquals("'" + cell, SpreadsheetCells.defuse(cell), cell);
    }
  }

  @Test
  void otherTextNumbersAndJapaneseStayAsTheyAre() {
    for (String cell : new String[] {"令和5年度", "85.2%", "1-2", " =1", "a=b", "'=1", "—"}) {
      assertEquals(cell, SpreadsheetCells.defuse(cell), cell);
    }
    assertNull(SpreadsheetCells.defuse(null));
    assertEquals("", SpreadsheetCells.defuse(""));
    assertEquals("", new SpreadsheetCells().of(null));
    assertEquals("'-5", new SpreadsheetCells().of(-5), "a negative number as text is defused too");
  }
}
