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
 * or on leave, from one date to another, both inclusive; the latest one known may have no end.
 * Every "as of" question about people is answered from these rows, so a transfer never overwrites
 * the past: it ends one assignment the day before the effective date and starts the next on it.
 * Someone with no assignment on a date was not working for the city then (not yet, or no longer).
 */
@Entity
@Table(name = "assignment")
@NamedQuery(
    name = Assignment.OF_PEOPLE,
    query =
        "SELECT a FROM Assignment a JOIN FETCH a.staff s JOIN FETCH a.orgUnit"
            + " WHERE s.employeeNo IN :employeeNos ORDER BY a.validFrom")
@NamedQuery(
    name = Assignment.OF_PERSON_UNTIL,
    query =
        "SELECT a FROM Assignment a JOIN FETCH a.orgUnit WHERE a.staff.employeeNo = :employeeNo"
            + " AND a.validFrom <= :date ORDER BY a.validFrom DESC")
@NamedQuery(
    name = Assignment.CHANGING_BETWEEN,
    query =
        "SELECT DISTINCT a.staff.employeeNo FROM Assignment a"
            + " WHERE (a.validFrom > :low AND a.validFrom <= :high)"
            + " OR (a.validTo >= :low AND a.validTo < :high)")
public class Assignment extends DatedRow {

  public static final String OF_PEOPLE = "Assignment.ofPeople";
  public static final String OF_PERSON_UNTIL = "Assignment.ofPersonUntil";

  /** The people whose assignment on {@code low} may differ from the one on {@code high}. */
  public static final String CHANGING_BETWEEN = "Assignment.changingBetween";

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

  protected Assignment() {}

  Assignment(
      Staff staff,
      OrgUnit orgUnit,
      String position,
      String managerNo,
      StaffStatus status,
      LocalDate validFrom,
      LocalDate validTo) {
    super(validFrom, validTo);
    if (!status.isEmployed()) {
      throw new IllegalArgumentException("an assignment is for people who work here: " + status);
    }
    this.staff = Objects.requireNonNull(staff, "staff");
    this.orgUnit = Objects.requireNonNull(orgUnit, "orgUnit");
    this.position = Objects.requireNonNull(position, "position");
    this.managerNo = managerNo;
    this.status = status;
  }

  /** The same assignment over a later span: what held after a span a snapshot rewrote. */
  Assignment continuedFrom(LocalDate first) {
    return new Assignment(staff, orgUnit, position, managerNo, status, first, getValidTo());
  }

  /** A snapshot for the very span of this assignment says otherwise. */
  void amend(OrgUnit newOrgUnit, String newPosition, String newManagerNo, StaffStatus newStatus) {
    if (!newStatus.isEmployed()) {
      throw new IllegalArgumentException("an assignment is for people who work here: " + newStatus);
    }
    this.orgUnit = Objects.requireNonNull(newOrgUnit, "orgUnit");
    this.position = Objects.requireNonNull(newPosition, "position");
    this.managerNo = newManagerNo;
    this.status = newStatus;
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
}
