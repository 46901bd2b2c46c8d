package jp.city.lms.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import jp.city.lms.registry.entity.Staff;

/**
 * A login. Staff accounts are named by the employee number and log in only while the person works
 * for the city; technical accounts (the HR feed) have no staff member. Only a PBKDF2 hash of the
 * password is kept.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

  @Id private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "staff_id")
  private Staff staff;

  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role_name")
  private Set<String> roles = new TreeSet<>();

  protected UserAccount() {}

  /**
   * An account for a member of staff: everybody who works here takes courses, so it always has
   * {@code staff}.
   */
  public static UserAccount forStaff(
      Staff staff, String passwordHash, Set<String> roles, LocalDateTime createdAt) {
    UserAccount account = new UserAccount(staff.getEmployeeNo(), passwordHash, roles, createdAt);
    account.staff = staff;
    account.roles.add(Role.STAFF);
    return account;
  }

  public static UserAccount technical(
      String username, String passwordHash, Set<String> roles, LocalDateTime createdAt) {
    return new UserAccount(username, passwordHash, roles, createdAt);
  }

  private UserAccount(
      String username, String passwordHash, Set<String> roles, LocalDateTime createdAt) {
    this.username = Objects.requireNonNull(username, "username");
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    for (String role : roles) {
      grant(role);
    }
    this.enabled = true;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * Grants a role. {@code manager} is never granted: the registry makes someone a manager on a date
   * (a head position, or direct reports), and the login derives it.
   */
  public void grant(String role) {
    if (!Role.ALL.contains(role)) {
      throw new IllegalArgumentException("unknown role: " + role);
    }
    if (Role.MANAGER.equals(role)) {
      throw new IllegalArgumentException("the manager role follows from the registry");
    }
    roles.add(role);
  }

  /** Staff who left the city can no longer log in, whatever their account says. */
  public boolean mayLogIn() {
    return enabled && (staff == null || staff.getStatus().isEmployed());
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Staff getStaff() {
    return staff;
  }

  public Set<String> getRoles() {
    return Collections.unmodifiableSet(roles);
  }
}
