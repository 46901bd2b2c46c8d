package jp.city.lms.registry.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.city.lms.registry.control.StaffChange;
import jp.city.lms.registry.entity.ChangeCounts;
import org.junit.jupiter.api.Test;

class ChangeChartTest {

  @Test
  void theChartShowsEveryKindButUnchangedInTheDiffsOrder() {
    ChangeCounts counts = new ChangeCounts(1, 2, 3, 4, 5, 6, 0, 0, 0, 0, 0, 9000);
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
