package jp.city.lms.cohort.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;
import java.util.Objects;
import jp.city.lms.registry.entity.Staff;

/**
 * A spell of someone's membership in a cohort, from one day to another (both inclusive; open while
 * it lasts), with why it began (the rule version that selected them, and the registry run when an
 * import made them match) and why it ended. Spells are only ever closed, never rewritten: "who was
 * in the cohort on D" is the spells covering D.
 */
@Entity
@Table(name = "cohort_membership")
@NamedQuery(
    name = CohortMembership.ON,
    query =
        "SELECT m FROM CohortMembership m JOIN FETCH m.staff WHERE m.cohort = :cohort"
            + " AND m.validFrom <= :date AND (m.validTo IS NULL OR m.validTo >= :date)")
@NamedQuery(
    name = CohortMembership.NOT_ENDED,
    query =
        "SELECT m FROM CohortMembership m JOIN FETCH m.staff WHERE m.cohort = :cohort"
            + " AND (m.validTo IS NULL OR m.validTo >= :date)")
@NamedQuery(
    name = CohortMembership.NOT_ENDED_OF_PEOPLE,
    query =
        "SELECT m FROM CohortMembership m JOIN FETCH m.staff s WHERE m.cohort = :cohort"
            + " AND s.employeeNo IN :nos AND (m.validTo IS NULL OR m.validTo >= :date)")
@NamedQuery(
    name = CohortMembership.CHANGED_BETWEEN,
    query =
        "SELECT m FROM CohortMembership m JOIN FETCH m.staff WHERE m.cohort = :cohort"
            + " AND ((m.validFrom >= :from AND m.validFrom <= :to)"
            + " OR (m.validTo >= :dayBefore AND m.validTo < :to))"
            + " ORDER BY m.validFrom DESC, m.id DESC")
@NamedQuery(
    name = CohortMembership.COUNT_ON,
    query =
        "SELECT m.cohort.id, COUNT(m) FROM CohortMembership m WHERE m.validFrom <= :date"
            + " AND (m.validTo IS NULL OR m.validTo >= :date) GROUP BY m.cohort.id")
public class CohortMembership {

  /** The spells of a cohort covering a date. */
  public static final String ON = "CohortMembership.on";

  /** The spells of a cohort not ended before a date (some may begin after it). */
  public static final String NOT_ENDED = "CohortMembership.notEnded";

  /** {@link #NOT_ENDED} for some people. */
  public static final String NOT_ENDED_OF_PEOPLE = "CohortMembership.notEndedOfPeople";

  /** The spells that began or ended in [from, to]: who joined and who left. */
  public static final String CHANGED_BETWEEN = "CohortMembership.changedBetween";

  /** Members per cohort on a date. */
  public static final String COUNT_ON = "CohortMembership.countOn";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "cohort_membership")
  @TableGenerator(
      name = "cohort_membership",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 500)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cohort_id", updatable = false)
  private Cohort cohort;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_id", updatable = false)
  private Staff staff;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "joined_version", nullable = false, updatable = false)
  private int joinedVersion;

  @Column(name = "joined_run", updatable = false)
  private Long joinedRun;

  @Column(name = "left_version")
  private Integer leftVersion;

  @Column(name = "left_run")
  private Long leftRun;

  protected CohortMembership() {}

  /**
   * Someone who matches the cohort's rule from {@code on}.
   *
   * @param run the registry run that made them match; null when the rule itself did
   */
  public CohortMembership(Cohort cohort, Staff staff, LocalDate on, Long run) {
    this.cohort = Objects.requireNonNull(cohort, "cohort");
    this.staff = Objects.requireNonNull(staff, "staff");
    this.validFrom = cohort.spellStart(on);
    this.joinedVersion = cohort.getRuleVersion();
    this.joinedRun = run;
  }

  /**
   * The person no longer matches from {@code on}: the spell ends the day before.
   *
   * @return false when the spell would hold on no day at all (it began on or after {@code on}):
   *     then it never was history, and the caller removes it
   */
  public boolean leave(LocalDate on, Long run) {
    if (!on.isAfter(validFrom)) {
      return false;
    }
    this.validTo = on.minusDays(1);
    this.leftVersion = cohort.getRuleVersion();
    this.leftRun = run;
    return true;
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
  }

  public Long getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public Staff getStaff() {
    return staff;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  /** The first day the person is no longer a member; null while they are. */
  public LocalDate getLeftOn() {
    return validTo == null ? null : validTo.plusDays(1);
  }

  public int getJoinedVersion() {
    return joinedVersion;
  }

  public Long getJoinedRun() {
    return joinedRun;
  }

  public Integer getLeftVersion() {
    return leftVersion;
  }

  public Long getLeftRun() {
    return leftRun;
  }
}
