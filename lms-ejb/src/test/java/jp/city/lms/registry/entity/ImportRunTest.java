package jp.city.lms.registry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ImportRunTest {

  @Test
  void aRunKeepsTheFiguresItFoundAndCountsItsRejections() {
    ImportRun run =
        new ImportRun(
            "0900125",
            ImportRun.Channel.UPLOAD,
            "orgs.csv",
            "staff.csv",
            LocalDate.of(2026, 4, 1),
            false,
            false,
            LocalDate.of(2026, 4, 1).atTime(2, 0));
    assertEquals(ChangeCounts.none(), run.getCounts());

    run.found(new ChangeCounts(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 9000));
    run.reject("staff.csv", 3, "所属コード", "ZZ999", "所属コード \"ZZ999\" は orgs.csv にありません", "en");

    assertEquals(new ChangeCounts(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 9000), run.getCounts());
    assertEquals(9000, run.getCounts().staffRows());
    assertEquals(1, run.getRejected());
  }
}
