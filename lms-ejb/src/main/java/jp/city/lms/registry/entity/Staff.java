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
import java.util.Optional;

/**
 * A member of staff (職員) as the HR registry describes them. The employee number (職員番号) is the
 * identity that stays across years and transfers, and it is the user name people log in with.
 *
 * <p>Where someone works is history ({@link Assignment}s). The status, org unit, position and
 * manager kept on this row are that history as of today, for the many pages that ask about today;
 * the import and the daily change of date keep them so ({@link #showAsOf}). Name, reading, email,
 * job category and hire date are not history: they are as the latest snapshot says.
 */
@Entity
@Table(name = "staff")
@NamedQuery(
    name = Staff.FIND_BY_EMPLOYEE_NO,
    query = "SELECT s FROM Staff s WHERE s.employeeNo = :employeeNo")
@NamedQuery(
    name = Staff.FIND_BY_EMPLOYEE_NOS,
    query = "SELECT s FROM Staff s WHERE s.employeeNo IN :employeeNos")
@NamedQuery(name = Staff.COUNT, query = "SELECT COUNT(s) FROM Staff s")
public class Staff {

  public static final String FIND_BY_EMPLOYEE_NO = "Staff.findByEmployeeNo";
  public static final String FIND_BY_EMPLOYEE_NOS = "Staff.findByEmployeeNos";
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

  @OneToMany(mappedBy = "staff", cascade = CascadeType.PERSIST, orphanRemoval = true)
  private List<Assignment> assignments = new ArrayList<>();

  @Version private long version;

  protected Staff() {}

  private Staff(String employeeNo, String name, String nameKana) {
    this.employeeNo = Objects.requireNonNull(employeeNo, "employeeNo");
    this.name = Objects.requireNonNull(name, "name");
    this.nameKana = nameKana;
  }

  /**
   * Someone new to the registry, working over [from, to] (to null: from then on). What "today" sees
   * of them follows from {@link #showAsOf}: until {@code from} they are {@link
   * StaffStatus#JOINING}.
   */
  public static Staff hire(
      String employeeNo,
      String name,
      String nameKana,
      OrgUnit orgUnit,
      String position,
      String managerNo,
      StaffStatus status,
      LocalDate from,
      LocalDate to) {
    Staff staff = new Staff(employeeNo, name, nameKana);
    Assignment first = new Assignment(staff, orgUnit, position, managerNo, status, from, to);
    staff.assignments.add(first);
    staff.orgUnit = first.getOrgUnit();
    staff.position = first.getPosition();
    staff.managerNo = first.getManagerNo();
    staff.status = StaffStatus.JOINING;
    return staff;
  }

  /**
   * What a snapshot says of this person over [from, to] (to null: from then on): this org unit,
   * position, manager and status (a transfer, 異動, is the common case). What held before {@code
   * from} and after {@code to} stays as it was; an assignment for the very same span is corrected
   * in place.
   *
   * @param history the person's assignments that may overlap the span (all of them will do); it is
   *     kept up to date with what this changes
   */
  public void assign(
      List<Assignment> history,
      LocalDate from,
      LocalDate to,
      OrgUnit newOrgUnit,
      String newPosition,
      String newManagerNo,
      StaffStatus newStatus) {
    Optional<Assignment> same =
        DatedRow.makeRoom(history, assignments, from, to, Assignment::continuedFrom);
    if (same.isPresent()) {
      same.get().amend(newOrgUnit, newPosition, newManagerNo, newStatus);
    } else {
      DatedRow.add(
          history,
          assignments,
          new Assignment(this, newOrgUnit, newPosition, newManagerNo, newStatus, from, to));
    }
  }

  /**
   * Not working for the city over [from, to] (to null: from then on): left (退職), or not in a
   * snapshot for that span. The person stays with their learning history.
   */
  public void absent(List<Assignment> history, LocalDate from, LocalDate to) {
    DatedRow.makeRoom(history, assignments, from, to, Assignment::continuedFrom)
        .ifPresent(row -> DatedRow.drop(history, assignments, row));
  }

  /** A copy of the person's assignments, for code that keeps them at hand while it changes them. */
  List<Assignment> history() {
    return new ArrayList<>(assignments);
  }

  /** {@link #showAsOf(LocalDate, List)} from the person's own assignments. */
  public Optional<StaffEvent> showAsOf(LocalDate date) {
    return showAsOf(date, assignments);
  }

  /**
   * Brings what the application reads as this person's present state (status, org unit, position,
   * manager) to what their history says of the date, normally today: a change dated ahead shows
   * from its day on. Someone not working on the date is LEFT if they worked before it (with their
   * last unit and position), else JOINING.
   *
   * @param history all of the person's assignments
   * @return what became true, for those who watch the registry; empty when nothing they watch
   *     changed
   */
  public Optional<StaffEvent> showAsOf(LocalDate date, List<Assignment> history) {
    DatedRow.Around<Assignment> around = DatedRow.Around.of(history, date);
    Assignment now = around.now();
    Assignment last = around.last();
    Assignment next = around.next();
    StaffStatus wasStatus = status;
    OrgUnit wasUnit = orgUnit;
    String wasPosition = position;
    if (now != null) {
      show(now, now.getStatus(), null);
      if (!wasStatus.isEmployed()) {
        StaffEvent.Kind kind =
            wasStatus == StaffStatus.LEFT ? StaffEvent.Kind.RETURNED : StaffEvent.Kind.HIRED;
        return event(kind, now.getValidFrom(), null, null);
      }
      if (!wasUnit.equals(orgUnit)) {
        return event(StaffEvent.Kind.TRANSFERRED, now.getValidFrom(), wasUnit, wasPosition);
      }
      if (!wasPosition.equals(position)) {
        return event(StaffEvent.Kind.POSITION_CHANGED, now.getValidFrom(), wasUnit, wasPosition);
      }
      return Optional.empty();
    }
    if (last != null) {
      LocalDate leaving = last.getValidTo().plusDays(1);
      show(last, StaffStatus.LEFT, leaving);
      return wasStatus.isEmployed()
          ? Optional.of(
              new StaffEvent(
                  StaffEvent.Kind.LEFT,
                  employeeNo,
                  leaving,
                  wasUnit.getCode(),
                  null,
                  wasPosition,
                  null))
          : Optional.empty();
    }
    if (next != null) {
      show(next, StaffStatus.JOINING, null);
    }
    return Optional.empty();
  }

  private void show(Assignment a, StaffStatus newStatus, LocalDate newLeftOn) {
    this.orgUnit = a.getOrgUnit();
    this.position = a.getPosition();
    this.managerNo = a.getManagerNo();
    this.status = newStatus;
    this.leftOn = newLeftOn;
  }

  private Optional<StaffEvent> event(
      StaffEvent.Kind kind, LocalDate effective, OrgUnit fromUnit, String fromPosition) {
    return Optional.of(
        new StaffEvent(
            kind,
            employeeNo,
            effective,
            fromUnit == null ? null : fromUnit.getCode(),
            orgUnit.getCode(),
            fromPosition,
            position));
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
