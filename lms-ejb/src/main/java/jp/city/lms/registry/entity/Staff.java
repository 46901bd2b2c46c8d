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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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

  @Version private long version;

  protected Staff() {}

  public Staff(String employeeNo, String name, String nameKana, OrgUnit orgUnit, String position) {
    this.employeeNo = Objects.requireNonNull(employeeNo, "employeeNo");
    this.name = Objects.requireNonNull(name, "name");
    this.nameKana = nameKana;
    this.orgUnit = Objects.requireNonNull(orgUnit, "orgUnit");
    this.position = Objects.requireNonNull(position, "position");
    this.status = StaffStatus.ACTIVE;
  }

  /**
   * The text the directory searches: name, reading and number, normalised the way people type them.
   */
  @PrePersist
  @PreUpdate
  void indexForSearch() {
    this.searchText =
        SearchText.normalise(name)
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

  public void assign(OrgUnit newOrgUnit, String newPosition, String newManagerNo) {
    this.orgUnit = Objects.requireNonNull(newOrgUnit, "orgUnit");
    this.position = Objects.requireNonNull(newPosition, "position");
    this.managerNo = newManagerNo;
  }

  public void setStatus(StaffStatus newStatus) {
    this.status = Objects.requireNonNull(newStatus, "status");
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
