package jp.city.lms.registry.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import jp.city.lms.registry.control.ChangeCounts;
import jp.city.lms.registry.control.StaffChange;
import jp.city.lms.registry.entity.ImportRun;
import org.junit.jupiter.api.Test;

class ChangeChartTest {

  @Test
  void aRunsRecordedFiguresReadAsTheDiffReportedThem() {
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
    run.found(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 9000);
    run.reject("staff.csv", 3, "所属コード", "ZZ999", "所属コード \"ZZ999\" は orgs.csv にありません", "en");

    assertEquals(new ChangeCounts(1, 2, 3, 4, 5, 6, 1, 7, 8, 9, 10, 11), ChangeChart.counts(run));
  }

  @Test
  void theChartShowsEveryKindButUnchangedInTheDiffsOrder() {
    ChangeCounts counts = new ChangeCounts(1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 0, 0);
    assertEquals(
        List.of(
            StaffChange.Kind.HIRED,
            StaffChange.Kind.TRANSFERRED,
            StaffChange.Kind.POSITION_CHANGED,
            StaffChange.Kind.UPDATED,
            StaffChange.Kind.LEFT),
        ChangeChart.SHOWN);
    assertEquals(
        List.of(1, 2, 3, 4, 5),
        ChangeChart.SHOWN.stream().map(kind -> ChangeChart.count(counts, kind)).toList());
  }
}
