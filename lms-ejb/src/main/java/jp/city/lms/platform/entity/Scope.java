package jp.city.lms.platform.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Whose records a caller may see as of a date. The training office and administrators see the whole
 * city; a manager (所属長, or anyone with direct reports) sees the org unit they are assigned to and
 * everything under it as the tree stood then, and themself; anybody else sees only themself. Every
 * page, export and REST answer that shows people is cut to it, and a record outside it answers 403.
 *
 * @param unitPath the path of the manager's unit as of the date ({@code /bureau/dept/section/}),
 *     for {@link Reach#SUBTREE}
 */
public record Scope(
    Reach reach, String employeeNo, String unitCode, String unitPath, LocalDate asOf)
    implements Serializable {

  /** How far a caller sees. */
  public enum Reach {
    CITY,
    SUBTREE,
    SELF,
    NOBODY
  }

  public Scope {
    Objects.requireNonNull(reach, "reach");
    Objects.requireNonNull(asOf, "asOf");
    if (reach == Reach.SUBTREE && (unitCode == null || unitPath == null)) {
      throw new IllegalArgumentException("a subtree scope needs its unit");
    }
  }

  public static Scope city(LocalDate asOf) {
    return new Scope(Reach.CITY, null, null, null, asOf);
  }

  public static Scope subtree(String employeeNo, String unitCode, String unitPath, LocalDate asOf) {
    return new Scope(Reach.SUBTREE, employeeNo, unitCode, unitPath, asOf);
  }

  public static Scope self(String employeeNo, LocalDate asOf) {
    return new Scope(Reach.SELF, employeeNo, null, null, asOf);
  }

  public static Scope nobody(LocalDate asOf) {
    return new Scope(Reach.NOBODY, null, null, null, asOf);
  }

  /**
   * Whether a person is within the scope.
   *
   * @param personUnitPath the path of the person's unit as of the scope's date
   */
  public boolean includes(String personNo, String personUnitPath) {
    return switch (reach) {
      case CITY -> true;
      case SUBTREE ->
          Objects.equals(employeeNo, personNo)
              || (personUnitPath != null && personUnitPath.startsWith(unitPath));
      case SELF -> Objects.equals(employeeNo, personNo);
      case NOBODY -> false;
    };
  }

  /** Whether the unit with this path (as of the scope's date) lies within the scope. */
  public boolean includesUnit(String path) {
    return reach == Reach.CITY || (reach == Reach.SUBTREE && path.startsWith(unitPath));
  }

  public boolean isCity() {
    return reach == Reach.CITY;
  }

  public boolean isManager() {
    return reach == Reach.SUBTREE;
  }
}
