package jp.city.lms.nomination.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Objects;
import jp.city.lms.nomination.entity.NominationRefusedException.Reason;

/**
 * A nomination round (推薦の募集): for one course or one tier, in a fiscal year, open until its deadline
 * (inclusive), with the seats the office has to fill and a pool of quota that departments left
 * unused. After the deadline the round is settled once: every department's unused quota goes to the
 * pool; the office may then give pool quota to departments and extend the deadline.
 */
@Entity
@Table(name = "nomination_round")
@NamedQuery(
    name = NominationRound.ALL,
    query = "SELECT r FROM NominationRound r ORDER BY r.deadline DESC, r.id DESC")
public class NominationRound {

  public static final String ALL = "NominationRound.all";

  public static final int TITLE_MAX = 200;

  /** Whether managers may still nominate (until the deadline) or the round has been settled. */
  public enum Status {
    OPEN,
    SETTLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "nomination_round")
  @TableGenerator(
      name = "nomination_round",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 10)
  private Long id;

  @Column(nullable = false)
  private String title;

  @Column(name = "course_code")
  private String courseCode;

  private String tier;

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;

  @Column(nullable = false)
  private LocalDate deadline;

  @Column(nullable = false)
  private int seats;

  @Column(nullable = false)
  private int pool;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "opened_by", nullable = false, updatable = false)
  private String openedBy;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private LocalDateTime openedAt;

  @Version private long version;

  protected NominationRound() {}

  /**
   * @param courseCode the course nominated for; null for a tier
   * @param tier the tier nominated for; null for a course
   */
  public NominationRound(
      String title,
      String courseCode,
      String tier,
      int fiscalYear,
      LocalDate deadline,
      int seats,
      String by,
      LocalDateTime at) {
    if (title == null || title.isBlank() || title.length() > TITLE_MAX) {
      throw new NominationRefusedException(Reason.BAD_ROUND, "title");
    }
    if ((courseCode == null) == (tier == null)) {
      throw new NominationRefusedException(Reason.UNKNOWN_COURSE_OR_TIER, "");
    }
    if (seats < 1) {
      throw new NominationRefusedException(Reason.BAD_ROUND, "seats");
    }
    if (deadline == null || deadline.isBefore(at.toLocalDate())) {
      throw new NominationRefusedException(Reason.BAD_ROUND, "deadline");
    }
    this.title = title.strip();
    this.courseCode = courseCode;
    this.tier = tier;
    this.fiscalYear = fiscalYear;
    this.deadline = deadline;
    this.seats = seats;
    this.status = Status.OPEN;
    this.openedBy = Objects.requireNonNull(by, "by");
    this.openedAt = at;
  }

  /** Whether managers may nominate on the day. */
  public boolean acceptsOn(LocalDate today) {
    return status == Status.OPEN && !today.isAfter(deadline);
  }

  /** Whether the deadline has passed and the round still waits to be settled. */
  public boolean dueForSettlement(LocalDate today) {
    return status == Status.OPEN && today.isAfter(deadline);
  }

  /**
   * After the deadline: every department keeps the quota it used, and what it left goes to the
   * pool. Once only.
   *
   * @return the quota that went to the pool
   */
  public int settle(Collection<DepartmentQuota> quotas, LocalDate today) {
    if (!dueForSettlement(today)) {
      return 0;
    }
    int returned = 0;
    for (DepartmentQuota q : quotas) {
      returned += q.releaseUnused();
    }
    pool += returned;
    status = Status.SETTLED;
    return returned;
  }

  /** The office gives quota from the pool to a department. */
  public void reallocate(DepartmentQuota quota, int places) {
    if (places < 1 || places > pool) {
      throw new NominationRefusedException(Reason.POOL_TOO_SMALL, places, pool);
    }
    pool -= places;
    quota.grant(places);
  }

  /** The office opens the round again until a later day, for the quota it gave out again. */
  public void extend(LocalDate newDeadline, LocalDate today) {
    if (newDeadline.isBefore(today)) {
      throw new NominationRefusedException(Reason.BAD_ROUND, "deadline");
    }
    this.deadline = newDeadline;
    this.status = Status.OPEN;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public String getTier() {
    return tier;
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public int getSeats() {
    return seats;
  }

  public int getPool() {
    return pool;
  }

  public Status getStatus() {
    return status;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NominationRound other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
