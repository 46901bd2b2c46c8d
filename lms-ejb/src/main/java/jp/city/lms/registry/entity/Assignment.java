package jp.city.lms.registry.entity;

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
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who worked where (配属): a member of staff in an org unit, in a position, under a manager, active
 * or on leave, from one date to another, both inclusive; the current one has no end. Every "as of"
 * question about people is answered from these rows, so a transfer never overwrites the past: it
 * ends one assignment the day before the effective date and starts the next on it.
 */
@Entity
@Table(name = "assignment")
@NamedQuery(
    name = Assignment.OPEN_FOR,
    query =
        "SELECT a FROM Assignment a JOIN FETCH a.staff s JOIN FETCH a.orgUnit"
            + " WHERE a.validTo IS NULL AND s.employeeNo IN :employeeNos")
@NamedQuery(
    name = Assignment.OF_PERSON_UNTIL,
    query =
        "SELECT a FROM Assignment a JOIN FETCH a.orgUnit WHERE a.staff.employeeNo = :employeeNo"
            + " AND a.validFrom <= :date ORDER BY a.validFrom DESC")
@NamedQuery(
    name = Assignment.IN_UNITS_AS_OF,
    query =
        "SELECT a FROM Assignment a JOIN FETCH a.staff JOIN FETCH a.orgUnit o WHERE o.code IN :codes"
            + " AND a.validFrom <= :date AND (a.validTo IS NULL OR a.validTo >= :date)")
public class Assignment {

  public static final String OPEN_FOR = "Assignment.openFor";
  public static final String OF_PERSON_UNTIL = "Assignment.ofPersonUntil";
  public static final String IN_UNITS_AS_OF = "Assignment.inUnitsAsOf";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "assignment")
  @TableGenerator(
      name = "assignment",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 500)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_id")
  private Staff staff;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_unit_id")
  private OrgUnit orgUnit;

  @Column(nullable = false)
  private String position;

  @Column(name = "manager_no")
  private String managerNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private StaffStatus status;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  protected Assignment() {}

  Assignment(
      Staff staff,
      OrgUnit orgUnit,
      String position,
      String managerNo,
      StaffStatus status,
      LocalDate validFrom) {
    if (!status.isEmployed()) {
      throw new IllegalArgumentException("an assignment is for people who work here: " + status);
    }
    this.staff = Objects.requireNonNull(staff, "staff");
    this.orgUnit = Objects.requireNonNull(orgUnit, "orgUnit");
    this.position = Objects.requireNonNull(position, "position");
    this.managerNo = managerNo;
    this.status = status;
    this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
  }

  /** Whether a change effective on this date replaces this assignment rather than following it. */
  boolean startsOnOrAfter(LocalDate effective) {
    return !validFrom.isBefore(effective);
  }

  /** Ends this assignment the day before something else takes effect. */
  void endBefore(LocalDate effective) {
    this.validTo = effective.minusDays(1);
  }

  /** A correction of this very assignment: a later snapshot for the same date says otherwise. */
  void amend(OrgUnit newOrgUnit, String newPosition, String newManagerNo, StaffStatus newStatus) {
    this.orgUnit = Objects.requireNonNull(newOrgUnit, "orgUnit");
    this.position = Objects.requireNonNull(newPosition, "position");
    this.managerNo = newManagerNo;
    this.status = newStatus;
  }

  public boolean covers(LocalDate date) {
    return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
  }

  public Long getId() {
    return id;
  }

  public Staff getStaff() {
    return staff;
  }

  public OrgUnit getOrgUnit() {
    return orgUnit;
  }

  public String getPosition() {
    return position;
  }

  public String getManagerNo() {
    return managerNo;
  }

  public StaffStatus getStatus() {
    return status;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }
}
