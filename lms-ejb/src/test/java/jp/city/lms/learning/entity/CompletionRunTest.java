package jp.city.lms.learning.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import jp.city.lms.learning.entity.CompletionRun.Channel;
import jp.city.lms.learning.entity.CompletionRun.Outcome;
import org.junit.jupiter.api.Test;

class CompletionRunTest {

  private static final LocalDateTime START = LocalDateTime.of(2025, 6, 30, 9, 0);

  @Test
  void aRunEndsOnceWithItsCountsAndDuration() {
    CompletionRun run = new CompletionRun("0000001", Channel.REST, "completions.csv", false, START);
    run.reject("completions.csv", 3, "講座コード", "X", "理由", "reason");
    run.found(10, 7, 2);
    run.applied(3, START.plusSeconds(2));
    assertEquals(Outcome.APPLIED, run.getOutcome());
    assertEquals(
        "10 7 2 1 3",
        run.getRowCount()
            + " "
            + run.getRecorded()
            + " "
            + run.getUnchanged()
            + " "
            + run.getRejected()
            + " "
            + run.getTiersAchieved());
    assertEquals(2000, run.getDurationMs());
    assertEquals("reason", run.getRejections().get(0).getReason(true));
    assertThrows(IllegalStateException.class, () -> run.refused("a", "b", START));
  }

  @Test
  void aDryRunAchievesNothing() {
    CompletionRun run = new CompletionRun("0000001", Channel.UPLOAD, "c.csv", true, START);
    run.found(1, 1, 0);
    run.applied(5, START);
    assertEquals(Outcome.DRY_RUN, run.getOutcome());
    assertEquals(0, run.getTiersAchieved());
  }

  @Test
  void aFailedRunRecordedNothing() {
    CompletionRun run = new CompletionRun("0000001", Channel.UPLOAD, "c.csv", false, START);
    run.found(4, 4, 0);
    run.failed("x".repeat(2000), START);
    assertEquals(Outcome.FAILED, run.getOutcome());
    assertEquals(0, run.getRecorded());
    assertEquals(1000, run.getRefusedBecause().length());
  }
}
