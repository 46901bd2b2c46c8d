package jp.city.lms.notice.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import jp.city.lms.notice.entity.NoticeKind;
import jp.city.lms.notice.entity.NoticeText;

/**
 * The texts and dedupe keys of notices. The LMS knows no language per person, so every mail says it
 * in Japanese first and then in English: the course, its date and time (with the Japanese era, as
 * the city writes dates: 令和8年7月1日（水）), where it takes place or its link, and the place on the
 * waitlist where that applies.
 *
 * <p>Dedupe keys: one notice per kind and enrolment (an enrolment is confirmed, waitlisted, moved
 * up or ended once); a change of the offering is told once per change, numbered; a reminder once
 * per enrolment and start date (a session moved to another day is reminded again).
 */
public final class NoticeTexts {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
  private static final DateTimeFormatter ENGLISH_DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
  private static final String RULE = "----------------------------------------";

  /** The system property that sets how many days before a session its reminder goes out. */
  public static final String REMINDER_DAYS = "lms.notice.reminder.days";

  public static final int DEFAULT_REMINDER_DAYS = 3;

  private NoticeTexts() {}

  /** How many days before a session its reminder goes out (at least 1; 3 unless configured). */
  public static int reminderDays() {
    return Math.max(1, Integer.getInteger(REMINDER_DAYS, DEFAULT_REMINDER_DAYS));
  }

  /** What a notice says about an enrolment and its offering. */
  public record Facts(
      NoticeKind kind,
      String personName,
      String courseCode,
      String titleJa,
      String titleEn,
      LocalDateTime startsAt,
      LocalDateTime endsAt,
      String venue,
      String onlineUrl,
      Integer waitlistPosition,
      String cancelReason,
      int reminderDays) {

    public Facts {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(startsAt, "startsAt");
      Objects.requireNonNull(endsAt, "endsAt");
    }
  }

  /** The key of a notice that is told once per enrolment. */
  public static String key(NoticeKind kind, long enrolmentId) {
    if (kind == NoticeKind.OFFERING_CHANGED || kind == NoticeKind.REMINDER) {
      throw new IllegalArgumentException(kind + " has a key of its own");
    }
    return kind.name() + ":" + enrolmentId;
  }

  /** The key of the n-th change of an offering told to an enrolment (1 for the first). */
  public static String changeKey(long enrolmentId, long n) {
    return NoticeKind.OFFERING_CHANGED.name() + ":" + enrolmentId + ":" + n;
  }

  /** The key of the reminder of an enrolment for a session on a day. */
  public static String reminderKey(long enrolmentId, LocalDate startsOn) {
    return NoticeKind.REMINDER.name() + ":" + enrolmentId + ":" + startsOn;
  }

  /**
   * What a person is told about an offering's time and place, as a digest: a change of the offering
   * that leaves these as they were (more seats, another instructor) is not worth a mail.
   */
  public static String fingerprint(
      LocalDateTime startsAt, LocalDateTime endsAt, String venue, String onlineUrl) {
    String told = startsAt + "|" + endsAt + "|" + blank(venue) + "|" + blank(onlineUrl);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(told.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The mail for these facts: subject and body, Japanese then English. */
  public static NoticeText text(Facts f) {
    return text(f, japaneseWhen(f.startsAt(), f.endsAt()), englishWhen(f.startsAt(), f.endsAt()));
  }

  /**
   * The mails of many notices about a few offerings (a cohort placed): each offering's times are
   * written out once, not once per person (the era's calendar was 7-9% of placing 10,000, JFR).
   */
  public static Function<Facts, NoticeText> texts() {
    Map<List<LocalDateTime>, String[]> whens = new HashMap<>();
    return f -> {
      String[] when =
          whens.computeIfAbsent(
              List.of(f.startsAt(), f.endsAt()),
              k ->
                  new String[] {japaneseWhen(k.get(0), k.get(1)), englishWhen(k.get(0), k.get(1))});
      return text(f, when[0], when[1]);
    };
  }

  private static NoticeText text(Facts f, String japaneseWhen, String englishWhen) {
    String subject =
        "【DX研修】" + subjectJa(f) + "：" + f.titleJa() + " / " + subjectEn(f) + ": " + f.titleEn();
    StringBuilder body = new StringBuilder();
    body.append(f.personName()).append(" 様\n\n");
    body.append(leadJa(f)).append("\n\n");
    body.append("  研修：").append(f.titleJa()).append("（").append(f.courseCode()).append("）\n");
    body.append("  日時：").append(japaneseWhen).append('\n');
    if (f.venue() != null) {
      body.append("  会場：").append(f.venue()).append('\n');
    }
    if (f.onlineUrl() != null) {
      body.append("  オンライン：").append(f.onlineUrl()).append('\n');
    }
    if (f.waitlistPosition() != null) {
      body.append("  キャンセル待ち：").append(f.waitlistPosition()).append("番目\n");
    }
    if (f.kind() == NoticeKind.OFFERING_CANCELLED && f.cancelReason() != null) {
      body.append("  中止の理由：").append(f.cancelReason()).append('\n');
    }
    body.append('\n').append(RULE).append("\n\n");
    body.append("Dear ").append(f.personName()).append(",\n\n");
    body.append(leadEn(f)).append("\n\n");
    body.append("  Course: ").append(f.titleEn()).append(" (").append(f.courseCode()).append(")\n");
    body.append("  When:   ").append(englishWhen).append('\n');
    if (f.venue() != null) {
      body.append("  Where:  ").append(f.venue()).append('\n');
    }
    if (f.onlineUrl() != null) {
      body.append("  Online: ").append(f.onlineUrl()).append('\n');
    }
    if (f.waitlistPosition() != null) {
      body.append("  Waitlist position: ").append(f.waitlistPosition()).append('\n');
    }
    if (f.kind() == NoticeKind.OFFERING_CANCELLED && f.cancelReason() != null) {
      body.append("  Reason: ").append(f.cancelReason()).append('\n');
    }
    body.append("\n--\n")
        .append("DX人材育成 研修管理システム / DX Talent Development LMS\n")
        .append("このメールは送信専用です。/ This mail was sent automatically; please do not reply.\n");
    return new NoticeText(subject, body.toString());
  }

  private static String subjectJa(Facts f) {
    return switch (f.kind()) {
      case ENROLLED -> "受講確定";
      case WAITLISTED -> "キャンセル待ち受付（" + f.waitlistPosition() + "番目）";
      case PROMOTED -> "繰り上げ受講確定";
      case WITHDRAWN -> "受講取消";
      case CANCELLED -> "受講取消（研修担当）";
      case OFFERING_CHANGED -> "日時・会場の変更";
      case OFFERING_CANCELLED -> "研修中止";
      case REMINDER -> "開催" + f.reminderDays() + "日前のお知らせ";
      case NOMINATION -> throw notAboutAnEnrolment();
    };
  }

  private static String subjectEn(Facts f) {
    return switch (f.kind()) {
      case ENROLLED -> "Enrolment confirmed";
      case WAITLISTED -> "Waitlisted (position " + f.waitlistPosition() + ")";
      case PROMOTED -> "Moved up from the waitlist";
      case WITHDRAWN -> "Enrolment withdrawn";
      case CANCELLED -> "Enrolment cancelled by the training office";
      case OFFERING_CHANGED -> "Date, time or place changed";
      case OFFERING_CANCELLED -> "Session cancelled";
      case REMINDER -> "Reminder: in " + days(f.reminderDays());
      case NOMINATION -> throw notAboutAnEnrolment();
    };
  }

  private static String leadJa(Facts f) {
    return switch (f.kind()) {
      case ENROLLED -> "次の研修の受講が確定しました。";
      case WAITLISTED ->
          "次の研修は定員に達しているため、キャンセル待ちとして受け付けました。現在"
              + f.waitlistPosition()
              + "番目です。席が空き次第、繰り上げてお知らせします。";
      case PROMOTED -> "席が空いたため、キャンセル待ちから繰り上がり、次の研修の受講が確定しました。";
      case WITHDRAWN -> "次の研修の受講申込みを取り消しました。";
      case CANCELLED -> "研修担当により、次の研修の受講申込みが取り消されました。";
      case OFFERING_CHANGED -> "次の研修の日時または会場が変更されました。変更後の内容は次のとおりです。";
      case OFFERING_CANCELLED -> "次の研修は中止となりました。お申込みは取り消されています。";
      case REMINDER -> "受講予定の研修が" + f.reminderDays() + "日後に開催されます。";
      case NOMINATION -> throw notAboutAnEnrolment();
    };
  }

  private static String leadEn(Facts f) {
    return switch (f.kind()) {
      case ENROLLED -> "Your place in the following course is confirmed.";
      case WAITLISTED ->
          "The following course is full, so you are on its waitlist, at position "
              + f.waitlistPosition()
              + ". We will tell you as soon as a seat is yours.";
      case PROMOTED ->
          "A seat became free: you have moved up from the waitlist, and your place in the"
              + " following course is confirmed.";
      case WITHDRAWN -> "Your enrolment in the following course has been withdrawn.";
      case CANCELLED -> "The training office has cancelled your place in the following course.";
      case OFFERING_CHANGED ->
          "The date, time or place of the following course has changed. It is now:";
      case OFFERING_CANCELLED ->
          "The following session has been cancelled, and your place with it.";
      case REMINDER -> "A reminder: your course takes place in " + days(f.reminderDays()) + ".";
      case NOMINATION -> throw notAboutAnEnrolment();
    };
  }

  /** A nomination's mail is written by the nomination feature, not from an enrolment's facts. */
  private static IllegalArgumentException notAboutAnEnrolment() {
    return new IllegalArgumentException("a nomination is not told from an enrolment's facts");
  }

  private static String days(int n) {
    return n == 1 ? "1 day" : n + " days";
  }

  /** 令和8年7月1日（水）13:30～17:30, or both days when it runs over more than one. */
  public static String japaneseWhen(LocalDateTime start, LocalDateTime end) {
    if (start.toLocalDate().equals(end.toLocalDate())) {
      return japaneseDate(start.toLocalDate()) + TIME.format(start) + "～" + TIME.format(end);
    }
    return japaneseDate(start.toLocalDate())
        + TIME.format(start)
        + " ～ "
        + japaneseDate(end.toLocalDate())
        + TIME.format(end);
  }

  /** 令和8年7月1日（水）: the era, as the city's documents date things (令和元年 for its first year). */
  public static String japaneseDate(LocalDate date) {
    String weekday = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE);
    String day = date.getMonthValue() + "月" + date.getDayOfMonth() + "日（" + weekday + "）";
    JapaneseDate named;
    try {
      named = JapaneseDate.from(date);
    } catch (java.time.DateTimeException beforeTheJapaneseCalendar) {
      return date.getYear() + "年" + day;
    }
    int yearOfEra = named.get(ChronoField.YEAR_OF_ERA);
    return named.getEra().getDisplayName(TextStyle.FULL, Locale.JAPANESE)
        + (yearOfEra == 1 ? "元" : String.valueOf(yearOfEra))
        + "年"
        + day;
  }

  /** Wednesday 1 July 2026, 13:30-17:30 (Japan time). */
  public static String englishWhen(LocalDateTime start, LocalDateTime end) {
    String when =
        start.toLocalDate().equals(end.toLocalDate())
            ? ENGLISH_DAY.format(start) + ", " + TIME.format(start) + "-" + TIME.format(end)
            : ENGLISH_DAY.format(start)
                + ", "
                + TIME.format(start)
                + " - "
                + ENGLISH_DAY.format(end)
                + ", "
                + TIME.format(end);
    return when + " (Japan time)";
  }

  private static String blank(String s) {
    return s == null ? "" : s.strip();
  }
}
