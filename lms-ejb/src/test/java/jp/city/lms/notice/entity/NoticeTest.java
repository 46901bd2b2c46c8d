package jp.city.lms.notice.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.city.lms.registry.entity.OrgUnit;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffStatus;
import org.junit.jupiter.api.Test;

class NoticeTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 1, 9, 0);

  static Staff person(String email) {
    OrgUnit unit = new OrgUnit("U1", "人事課", "課", null, LocalDate.of(2023, 4, 1));
    Staff staff =
        Staff.hire(
            "0001",
            "市役 太郎",
            "シヤク タロウ",
            unit,
            "係員",
            null,
            StaffStatus.ACTIVE,
            LocalDate.of(2023, 4, 1),
            null);
    staff.describe("市役 太郎", "シヤク タロウ", email, null);
    return staff;
  }

  static Notice notice(String email) {
    return new Notice(
        "ENROLLED:1",
        NoticeKind.ENROLLED,
        person(email),
        1L,
        new NoticeText("件名", "本文"),
        null,
        NOW);
  }

  @Test
  void aNoticeWithAnAddressIsDueAtOnce() {
    Notice n = notice(" taro@city.example ");
    assertEquals(NoticeStatus.PENDING, n.getStatus());
    assertEquals("taro@city.example", n.getRecipient());
    assertEquals(NOW, n.getDueAt());
    assertEquals(0, n.getAttempts());
    assertNull(n.getLastError());
  }

  @Test
  void someoneWithoutAnAddressGetsAHeldNoticeWithTheReason() {
    for (String none : new String[] {null, "", "  "}) {
      Notice n = notice(none);
      assertEquals(NoticeStatus.HELD, n.getStatus());
      assertNull(n.getRecipient());
      assertEquals(Notice.NO_ADDRESS, n.getLastError());
    }
  }

  @Test
  void retriesWaitLongerEachTimeUpToAnHour() {
    assertEquals(Duration.ofMinutes(1), Notice.retryAfter(1));
    assertEquals(Duration.ofMinutes(2), Notice.retryAfter(2));
    assertEquals(Duration.ofMinutes(32), Notice.retryAfter(6));
    assertEquals(Duration.ofMinutes(60), Notice.retryAfter(7));
    assertEquals(Duration.ofMinutes(60), Notice.retryAfter(30));
  }

  @Test
  void longTextsAreCutToTheirColumns() {
    String cut = Notice.cut("あ".repeat(600), Notice.SUBJECT_MAX);
    assertEquals(Notice.SUBJECT_MAX, cut.length());
    assertEquals("短い", Notice.cut("短い", Notice.SUBJECT_MAX));
  }
}
