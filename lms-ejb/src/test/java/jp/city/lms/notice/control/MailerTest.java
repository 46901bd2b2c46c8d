package jp.city.lms.notice.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import jp.city.lms.notice.entity.Notice;
import jp.city.lms.notice.entity.NoticeKind;
import jp.city.lms.notice.entity.NoticeText;
import jp.city.lms.registry.entity.OrgUnit;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffStatus;
import org.junit.jupiter.api.Test;

/** Sending to a real SMTP server is NoticeIT's (GreenMail); here: no host, no sending. */
class MailerTest {

  private static Notice notice() {
    OrgUnit unit = new OrgUnit("U1", "人事課", "課", null, java.time.LocalDate.of(2023, 4, 1));
    Staff staff =
        Staff.hire(
            "0001",
            "市役 太郎",
            "シヤク",
            unit,
            "係員",
            null,
            StaffStatus.ACTIVE,
            java.time.LocalDate.of(2023, 4, 1),
            null);
    staff.describe("市役 太郎", "シヤク", "taro@city.example", null);
    return new Notice(
        "ENROLLED:1",
        NoticeKind.ENROLLED,
        staff,
        1L,
        new NoticeText("件名", "本文"),
        null,
        java.time.LocalDateTime.of(2026, 6, 1, 9, 0));
  }

  @Test
  void withoutAMailHostTheMailIsLoggedNotSent() throws Exception {
    assumeTrue(System.getenv("LMS_MAIL_HOST") == null, "LMS_MAIL_HOST is set here");
    Mailer mailer = new Mailer(); // no mail session at all: it must not be touched
    assertFalse(mailer.isConfigured());
    assertTrue(mailer.send(notice(), Instant.now()), "logged");
  }
}
