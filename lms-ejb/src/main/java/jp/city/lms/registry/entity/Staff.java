package jp.city.lms.registry.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A member of staff (職員) as the HR registry describes them. The employee number (職員番号) is the
 * identity that stays across years and transfers, and it is the user name people log in with.
 */
@Entity
@Table(name = "staff")
@NamedQuery(
    name = Staff.FIND_BY_EMPLOYEE_NO,
    query = "SELECT s FROM Staff s WHERE s.employeeNo = :employeeNo")
@NamedQuery(name = Staff.COUNT, query = "SELECT COUNT(s) FROM Staff s")
public class Staff {

  public static final String FIND_BY_EMPLOYEE_NO = "Staff.findByEmployeeNo";
  public static final String COUNT = "Staff.count";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "staff")
  @TableGenerator(
      name = "staff",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 200)
  private Long id;

  @NotBlank
  @Size(max = 32)
  @Column(name = "employee_no", nullable = false, unique = true)
  private String employeeNo;

  @NotBlank
  @Size(max = 200)
  private String name;

  @Size(max = 200)
  @Column(name = "name_kana")
  private String nameKana;

  @Column(name = "search_text", nullable = false)
  private String searchText;

  @Size(max = 254)
  private String email;

  @Size(max = 64)
  @Column(name = "job_category")
  private String jobCategory;

  @Column(name = "hired_on")
  private LocalDate hiredOn;

  @NotNull
  @Enumerated(EnumType.STRING)
  private StaffStatus status;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_unit_id")
  private OrgUnit orgUnit;

  @NotBlank
  @Size(max = 64)
  private String position;

  @Size(max = 32)
  @Column(name = "manager_no")
  private String managerNo;

  @Column(name = "left_on")
  private LocalDate leftOn;

  @OneToMany(mappedBy = "staff", cascade = CascadeType.PERSIST)
  private List<Assignment> assignments = new ArrayList<>();

  @Version private long version;

  protected Staff() {}

  private Staff(String employeeNo, String name, String nameKana) {
    this.employeeNo = Objects.requireNonNull(employeeNo, "employeeNo");
    this.name = Objects.requireNonNull(name, "name");
    this.nameKana = nameKana;
  }

  /** Someone new to the registry, working from the effective date on. */
  public static Staff hire(
      String employeeNo,
      String name,
      String nameKana,
      OrgUnit orgUnit,
      String position,
      String managerNo,
      StaffStatus status,
      LocalDate effective) {
    Staff staff = new Staff(employeeNo, name, nameKana);
    staff.reassign(null, orgUnit, position, managerNo, status, effective);
    return staff;
  }

  /**
   * A new org unit, position, manager or status from a date on (a transfer, 異動, is the common
   * case). The current assignment ends the day before; a correction for the very date it started
   * replaces it. Someone who had left and is back (a re-hire) simply starts a new assignment.
   *
   * @param current the open assignment, or null when there is none (new, or back after leaving)
   */
  public void reassign(
      Assignment current,
      OrgUnit newOrgUnit,
      String newPosition,
      String newManagerNo,
      StaffStatus newStatus,
      LocalDate effective) {
    if (current != null && current.startsOnOrAfter(effective)) {
      current.amend(newOrgUnit, newPosition, newManagerNo, newStatus);
    } else {
      if (current != null) {
        current.endBefore(effective);
      }
      assignments.add(
          new Assignment(this, newOrgUnit, newPosition, newManagerNo, newStatus, effective));
    }
    this.orgUnit = newOrgUnit;
    this.position = newPosition;
    this.managerNo = newManagerNo;
    this.status = newStatus;
    this.leftOn = null;
  }

  /**
   * Left the city as of the effective date: the assignment ends the day before, the person stays
   * with their learning history, and they can no longer log in.
   */
  public void leave(Assignment current, LocalDate effective) {
    if (current != null) {
      current.endBefore(effective);
    }
    this.status = StaffStatus.LEFT;
    this.leftOn = effective;
  }

  /**
   * The text the directory searches: name, reading and number, normalised the way people type them.
   */
  @PrePersist
  @PreUpdate
  void indexForSearch() {
    this.searchText = searchText(name, nameKana, employeeNo);
  }

  public static String searchText(String name, String nameKana, String employeeNo) {
    return SearchText.normalise(name)
        + "|"
        + SearchText.normalise(nameKana)
        + "|"
        + SearchText.normalise(employeeNo);
  }

  public void describe(String newName, String newKana, String newEmail, String newJobCategory) {
    this.name = Objects.requireNonNull(newName, "name");
    this.nameKana = newKana;
    this.email = newEmail;
    this.jobCategory = newJobCategory;
  }

  public void hired(LocalDate on) {
    this.hiredOn = on;
  }

  public Long getId() {
    return id;
  }

  public String getEmployeeNo() {
    return employeeNo;
  }

  public String getName() {
    return name;
  }

  public String getNameKana() {
    return nameKana;
  }

  public String getEmail() {
    return email;
  }

  public String getJobCategory() {
    return jobCategory;
  }

  public LocalDate getHiredOn() {
    return hiredOn;
  }

  public StaffStatus getStatus() {
    return status;
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

  @Override
  public boolean equals(Object o) {
    return o instanceof Staff other && employeeNo.equals(other.employeeNo);
  }

  @Override
  public int hashCode() {
    return employeeNo.hashCode();
  }
}
