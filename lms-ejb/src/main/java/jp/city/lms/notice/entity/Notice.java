package jp.city.lms.notice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import jp.city.lms.registry.entity.Staff;

/**
 * A mail to one person in the outbox (送信待ちのお知らせ). Written once per dedupe key, in the transaction
 * of what it tells; sent after that commits. Its status moves only by conditional updates ({@link
 * #CLAIM}), so two senders running at once never send it twice. Someone without an email address in
 * the registry gets a HELD notice with the reason, which no sender retries.
 */
@Entity
@Table(name = "notice")
@NamedQuery(name = Notice.BY_KEY, query = "SELECT n FROM Notice n WHERE n.dedupeKey = :key")
@NamedQuery(
    name = Notice.DUE,
    query =
        "SELECT n.id FROM Notice n WHERE (n.status = jp.city.lms.notice.entity.NoticeStatus.PENDING"
            + " AND n.dueAt <= :now) OR (n.status = jp.city.lms.notice.entity.NoticeStatus.SENDING"
            + " AND n.claimedAt < :stale) ORDER BY n.id")
@NamedQuery(
    name = Notice.CLAIM,
    query =
        "UPDATE Notice n SET n.status = jp.city.lms.notice.entity.NoticeStatus.SENDING,"
            + " n.claimedAt = :now, n.attempts = n.attempts + 1 WHERE n.id = :id AND"
            + " ((n.status = jp.city.lms.notice.entity.NoticeStatus.PENDING AND n.dueAt <= :now)"
            + " OR (n.status = jp.city.lms.notice.entity.NoticeStatus.SENDING"
            + " AND n.claimedAt < :stale))")
@NamedQuery(
    name = Notice.OF_ENROLMENT,
    query = "SELECT n FROM Notice n WHERE n.enrolmentId = :enrolment ORDER BY n.id")
@NamedQuery(
    name = Notice.LAST_OF_ENROLMENT,
    query =
        "SELECT n FROM Notice n WHERE n.enrolmentId = :enrolment AND n.fingerprint IS NOT NULL"
            + " ORDER BY n.id DESC")
@NamedQuery(
    name = Notice.COUNT_OF_ENROLMENT,
    query = "SELECT COUNT(n) FROM Notice n WHERE n.enrolmentId = :enrolment AND n.kind = :kind")
public class Notice {

  public static final String BY_KEY = "Notice.byKey";
  public static final String DUE = "Notice.due";
  public static final String CLAIM = "Notice.claim";
  public static final String OF_ENROLMENT = "Notice.ofEnrolment";
  public static final String LAST_OF_ENROLMENT = "Notice.lastOfEnrolment";
  public static final String COUNT_OF_ENROLMENT = "Notice.countOfEnrolment";

  /** After this many failed tries a notice is given up (FAILED), with its last error kept. */
  public static final int MAX_ATTEMPTS = 8;

  /** A claim older than this is taken to be lost (the server stopped while sending). */
  public static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);

  public static final int SUBJECT_MAX = 500;
  public static final int BODY_MAX = 8000;
  public static final int ERROR_MAX = 1000;

  /** Why a HELD notice was not sent. */
  public static final String NO_ADDRESS = "no email address in the registry";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "notice")
  @TableGenerator(
      name = "notice",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 500)
  private Long id;

  @Column(name = "dedupe_key", updatable = false)
  private String dedupeKey;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private NoticeKind kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_id", updatable = false)
  private Staff staff;

  @Column(name = "enrolment_id", updatable = false)
  private Long enrolmentId;

  @Column(updatable = false)
  private String recipient;

  @Column(updatable = false)
  private String subject;

  @Column(updatable = false)
  private String body;

  /** What the person was told about the offering (its times and place), to tell changes only. */
  @Column(updatable = false)
  private String fingerprint;

  @Enumerated(EnumType.STRING)
  private NoticeStatus status;

  @Column(name = "created_at", updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "due_at")
  private LocalDateTime dueAt;

  @Column(name = "claimed_at")
  private LocalDateTime claimedAt;

  @Column(name = "sent_at")
  private LocalDateTime sentAt;

  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  protected Notice() {}

  /**
   * A notice to a person, due at once; HELD with the reason when they have no email address.
   *
   * @param text the mail's subject and body
   */
  public Notice(
      String dedupeKey,
      NoticeKind kind,
      Staff staff,
      Long enrolmentId,
      NoticeText text,
      String fingerprint,
      LocalDateTime now) {
    this.dedupeKey = Objects.requireNonNull(dedupeKey, "dedupeKey");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.staff = Objects.requireNonNull(staff, "staff");
    this.enrolmentId = enrolmentId;
    String address = staff.getEmail() == null ? null : staff.getEmail().strip();
    this.recipient = address == null || address.isEmpty() ? null : address;
    this.subject = cut(text.subject(), SUBJECT_MAX);
    this.body = cut(text.body(), BODY_MAX);
    this.fingerprint = fingerprint;
    this.createdAt = Objects.requireNonNull(now, "now");
    this.dueAt = now;
    if (recipient == null) {
      this.status = NoticeStatus.HELD;
      this.lastError = NO_ADDRESS;
    } else {
      this.status = NoticeStatus.PENDING;
    }
  }

  /**
   * When a failed notice is tried again: a minute after the first failure, doubling each time up to
   * an hour.
   */
  public static Duration retryAfter(int attempts) {
    long minutes = 1L << Math.min(Math.max(attempts - 1, 0), 6);
    return Duration.ofMinutes(Math.min(minutes, 60));
  }

  /** Shortens a text to fit its column. */
  public static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public String getDedupeKey() {
    return dedupeKey;
  }

  public NoticeKind getKind() {
    return kind;
  }

  public Staff getStaff() {
    return staff;
  }

  public Long getEnrolmentId() {
    return enrolmentId;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public NoticeStatus getStatus() {
    return status;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getDueAt() {
    return dueAt;
  }

  public LocalDateTime getClaimedAt() {
    return claimedAt;
  }

  public LocalDateTime getSentAt() {
    return sentAt;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }

  @Override
  public String toString() {
    return "Notice " + dedupeKey + " to " + recipient + " (" + status + ")";
  }
}
