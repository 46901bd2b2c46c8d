package jp.city.lms.nomination.entity;

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
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import jp.city.lms.nomination.entity.NominationRefusedException.Reason;
import jp.city.lms.registry.entity.Staff;

/**
 * A manager's nomination (所属長推薦) of someone for a round, with the manager's reason; the office
 * selects or declines it, with its own reason, once.
 */
@Entity
@Table(name = "nomination")
@NamedQuery(
    name = Nomination.OF_ROUND,
    query =
        "SELECT n FROM Nomination n JOIN FETCH n.staff JOIN FETCH n.quota WHERE n.round = :round"
            + " ORDER BY n.quota.unitCode, n.nominatedAt, n.id")
@NamedQuery(
    name = Nomination.OF_QUOTA,
    query =
        "SELECT n FROM Nomination n JOIN FETCH n.staff WHERE n.quota = :quota"
            + " ORDER BY n.nominatedAt, n.id")
public class Nomination {

  public static final String OF_ROUND = "Nomination.ofRound";
  public static final String OF_QUOTA = "Nomination.ofQuota";

  public static final int REASON_MAX = 1000;

  /** Where a nomination stands. */
  public enum Status {
    NOMINATED,
    SELECTED,
    DECLINED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "nomination")
  @TableGenerator(
      name = "nomination",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id", updatable = false)
  private NominationRound round;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "quota_id", updatable = false)
  private DepartmentQuota quota;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_id", updatable = false)
  private Staff staff;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "nominated_by", nullable = false, updatable = false)
  private String nominatedBy;

  @Column(name = "nominated_at", nullable = false, updatable = false)
  private LocalDateTime nominatedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "enrolled_offering")
  private Long enrolledOffering;

  @Version private long version;

  protected Nomination() {}

  /**
   * A nomination within the department's quota: takes one place of it (the caller holds the quota's
   * row lock).
   */
  public static Nomination of(
      DepartmentQuota quota, Staff staff, String reason, String by, LocalDateTime at) {
    if (reason == null || reason.isBlank()) {
      throw new NominationRefusedException(Reason.NO_REASON);
    }
    quota.take();
    Nomination n = new Nomination();
    n.round = quota.getRound();
    n.quota = quota;
    n.staff = Objects.requireNonNull(staff, "staff");
    String text = reason.strip();
    n.reason = text.length() > REASON_MAX ? text.substring(0, REASON_MAX) : text;
    n.nominatedBy = Objects.requireNonNull(by, "by");
    n.nominatedAt = at;
    n.status = Status.NOMINATED;
    return n;
  }

  public void select(String by, LocalDateTime at, String why) {
    decide(Status.SELECTED, by, at, why);
  }

  public void decline(String by, LocalDateTime at, String why) {
    if (why == null || why.isBlank()) {
      throw new NominationRefusedException(Reason.NO_REASON);
    }
    decide(Status.DECLINED, by, at, why);
  }

  private void decide(Status outcome, String by, LocalDateTime at, String why) {
    if (status != Status.NOMINATED) {
      throw new NominationRefusedException(Reason.ALREADY_DECIDED, status);
    }
    this.status = outcome;
    this.decidedBy = by;
    this.decidedAt = at;
    String text = why == null ? null : why.strip();
    this.decisionReason =
        text == null || text.isEmpty()
            ? null
            : text.length() > REASON_MAX ? text.substring(0, REASON_MAX) : text;
  }

  /** The selected person was given a place in this offering. */
  public void enrolledIn(long offeringId) {
    this.enrolledOffering = offeringId;
  }

  public Long getId() {
    return id;
  }

  public NominationRound getRound() {
    return round;
  }

  public DepartmentQuota getQuota() {
    return quota;
  }

  public Staff getStaff() {
    return staff;
  }

  public String getReason() {
    return reason;
  }

  public String getNominatedBy() {
    return nominatedBy;
  }

  public LocalDateTime getNominatedAt() {
    return nominatedAt;
  }

  public Status getStatus() {
    return status;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public Long getEnrolledOffering() {
    return enrolledOffering;
  }
}
