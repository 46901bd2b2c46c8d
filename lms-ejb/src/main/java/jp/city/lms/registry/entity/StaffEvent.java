package jp.city.lms.registry.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that became true of a person in the registry on a date: hired (着任), transferred (異動),
 * in a new position (昇任 and the like), left (退職) or back after leaving (再任用). It is told when it
 * takes effect for "today", so a change dated ahead is told on its day, not at its import.
 *
 * @param effective the date it took effect
 */
public record StaffEvent(
    Kind kind,
    String employeeNo,
    LocalDate effective,
    String fromOrgCode,
    String toOrgCode,
    String fromPosition,
    String toPosition) {

  /** What happened. */
  public enum Kind {
    HIRED,
    TRANSFERRED,
    POSITION_CHANGED,
    LEFT,
    RETURNED
  }

  public StaffEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(employeeNo, "employeeNo");
    Objects.requireNonNull(effective, "effective");
  }
}
