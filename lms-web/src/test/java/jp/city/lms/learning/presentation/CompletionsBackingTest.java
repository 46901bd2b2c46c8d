package jp.city.lms.learning.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompletionsBackingTest {

  private final CompletionsBacking backing = new CompletionsBacking();

  @Test
  void exportedCellsAreNeverFormulas() {
    assertEquals("'=HYPERLINK(\"x\")", backing.cell("=HYPERLINK(\"x\")"));
    assertEquals("'+1", backing.cell("+1"));
    assertEquals("'-1", backing.cell("-1"));
    assertEquals("'@SUM(A1)", backing.cell("@SUM(A1)"));
    assertEquals("'\tx", backing.cell("\tx"));
    assertEquals("'\rx", backing.cell("\rx"));
  }

  @Test
  void plainCellsStayAsTheyAre() {
    assertEquals("講座コード", backing.cell("講座コード"));
    assertEquals("12", backing.cell(12));
    assertEquals("", backing.cell(null));
  }
}
