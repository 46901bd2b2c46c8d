package jp.city.lms.notice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import jp.city.lms.notice.entity.Notice;
import jp.city.lms.notice.entity.NoticeKind;
import jp.city.lms.notice.entity.NoticeText;
import org.junit.jupiter.api.Test;

class NoticeTextsTest {

  private static final LocalDateTime START = LocalDateTime.of(2026, 7, 1, 13, 30);
  private static final LocalDateTime END = LocalDateTime.of(2026, 7, 1, 17, 30);

  private static NoticeTexts.Facts facts(NoticeKind kind, Integer position, String url) {
    return new NoticeTexts.Facts(
        kind,
        "市役 太郎",
        "SV-BPR",
        "BPR研修",
        "BPR workshop",
        START,
        END,
        url == null ? "本庁舎 3階 研修室" : null,
        url,
        position,
        kind == NoticeKind.OFFERING_CANCELLED ? "講師の都合" : null,
        3);
  }

  @Test
  void keysAreOnePerKindAndEnrolmentAndChangesAndRemindersHaveTheirOwn() {
    Set<String> keys = new HashSet<>();
    for (NoticeKind kind : NoticeKind.values()) {
      if (kind != NoticeKind.OFFERING_CHANGED && kind != NoticeKind.REMINDER) {
        assertTrue(keys.add(NoticeTexts.key(kind, 12)), kind.name());
        assertEquals(NoticeTexts.key(kind, 12), NoticeTexts.key(kind, 12), "the same twice");
      }
    }
    assertNotEquals(
        NoticeTexts.key(NoticeKind.ENROLLED, 12), NoticeTexts.key(NoticeKind.ENROLLED, 13));
    assertTrue(keys.add(NoticeTexts.changeKey(12, 1)));
    assertTrue(keys.add(NoticeTexts.changeKey(12, 2)), "a second change is told again");
    LocalDate day = START.toLocalDate();
    assertTrue(keys.add(NoticeTexts.reminderKey(12, day)));
    assertEquals(NoticeTexts.reminderKey(12, day), NoticeTexts.reminderKey(12, day));
    assertTrue(keys.add(NoticeTexts.reminderKey(12, day.plusDays(7))), "moved: reminded again");
    assertThrows(
        IllegalArgumentException.class, () -> NoticeTexts.key(NoticeKind.OFFERING_CHANGED, 1));
    assertThrows(IllegalArgumentException.class, () -> NoticeTexts.key(NoticeKind.REMINDER, 1));
    for (String key : keys) {
      assertTrue(key.length() <= 200, key);
    }
  }

  @Test
  void fingerprintChangesWithTimeAndPlaceOnly() {
    String a = NoticeTexts.fingerprint(START, END, "本庁舎", null);
    assertEquals(a, NoticeTexts.fingerprint(START, END, " 本庁舎 ", null));
    assertNotEquals(a, NoticeTexts.fingerprint(START.plusHours(1), END, "本庁舎", null));
    assertNotEquals(a, NoticeTexts.fingerprint(START, END.plusHours(1), "本庁舎", null));
    assertNotEquals(a, NoticeTexts.fingerprint(START, END, "別館", null));
    assertNotEquals(a, NoticeTexts.fingerprint(START, END, "本庁舎", "https://meet.example/x"));
    assertEquals(64, a.length());
  }

  @Test
  void japaneseDatesCarryTheEraAndTheWeekday() {
    assertEquals("令和8年7月1日（水）13:30～17:30", NoticeTexts.japaneseWhen(START, END));
    assertEquals("令和元年5月1日（水）", NoticeTexts.japaneseDate(LocalDate.of(2019, 5, 1)));
    assertEquals("平成31年4月30日（火）", NoticeTexts.japaneseDate(LocalDate.of(2019, 4, 30)));
    assertEquals(
        "令和8年7月1日（水）9:00 ～ 令和8年7月2日（木）17:00",
        NoticeTexts.japaneseWhen(
            LocalDateTime.of(2026, 7, 1, 9, 0), LocalDateTime.of(2026, 7, 2, 17, 0)));
    assertEquals(
        "Wednesday 1 July 2026, 13:30-17:30 (Japan time)", NoticeTexts.englishWhen(START, END));
  }

  @Test
  void everyMailIsJapaneseFirstThenEnglishWithCourseTimeAndPlace() {
    for (NoticeKind kind : NoticeKind.values()) {
      if (kind == NoticeKind.NOMINATION) {
        continue; // written by the nomination feature (NominationMailsTest)
      }
      Integer position = kind == NoticeKind.WAITLISTED ? 4 : null;
      NoticeText text = NoticeTexts.text(facts(kind, position, null));
      String body = text.body();
      assertTrue(text.subject().contains("BPR研修"), text.subject());
      assertTrue(text.subject().contains("BPR workshop"), text.subject());
      assertTrue(text.subject().indexOf("BPR研修") < text.subject().indexOf("BPR workshop"));
      assertTrue(body.startsWith("市役 太郎 様"), body);
      assertTrue(body.contains("令和8年7月1日（水）13:30～17:30"), body);
      assertTrue(body.contains("Wednesday 1 July 2026, 13:30-17:30"), body);
      assertTrue(body.contains("本庁舎 3階 研修室"), body);
      assertTrue(body.indexOf("研修：BPR研修") < body.indexOf("Course: BPR workshop"), body);
      assertFalse(body.contains("null"), body);
      assertTrue(text.subject().length() <= Notice.SUBJECT_MAX);
    }
  }

  @Test
  void theWaitlistPositionTheLinkAndTheReasonAreToldWhereTheyApply() {
    NoticeText waitlisted = NoticeTexts.text(facts(NoticeKind.WAITLISTED, 4, null));
    assertTrue(waitlisted.subject().contains("4番目"), waitlisted.subject());
    assertTrue(waitlisted.body().contains("キャンセル待ち：4番目"), waitlisted.body());
    assertTrue(waitlisted.body().contains("Waitlist position: 4"), waitlisted.body());
    NoticeText enrolled = NoticeTexts.text(facts(NoticeKind.ENROLLED, null, null));
    assertFalse(enrolled.body().contains("キャンセル待ち："), enrolled.body());
    NoticeText online =
        NoticeTexts.text(facts(NoticeKind.REMINDER, null, "https://meet.example/bpr"));
    assertTrue(online.body().contains("オンライン：https://meet.example/bpr"), online.body());
    assertTrue(online.body().contains("Online: https://meet.example/bpr"), online.body());
    assertTrue(online.subject().contains("3日前"), online.subject());
    assertTrue(online.subject().contains("in 3 days"), online.subject());
    NoticeText cancelled = NoticeTexts.text(facts(NoticeKind.OFFERING_CANCELLED, null, null));
    assertTrue(cancelled.body().contains("中止の理由：講師の都合"), cancelled.body());
  }
}
