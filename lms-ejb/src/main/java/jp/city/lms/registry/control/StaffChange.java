package jp.city.lms.registry.control;

/**
 * What an import does to one person. A transfer (異動) is a change of org unit, with or without a new
 * position; a change of position in the same unit is a promotion or the like; both are effective on
 * the snapshot's date and close the previous assignment. Everything else about the person (name,
 * kana, job category, hire date, active or on leave, email, manager) is an update. Someone present
 * in the registry but missing from the snapshot has left; so has someone the snapshot lists as 退職.
 * A person whose row was rejected gets no change at all and keeps their previous state.
 *
 * @param row the snapshot row to apply; null for someone who left by being missing from the
 *     snapshot
 */
public record StaffChange(
    String employeeNo,
    String name,
    Kind kind,
    String fromOrgCode,
    String toOrgCode,
    String fromPosition,
    String toPosition,
    StaffRow row) {

  /** One kind per person, the most significant that applies. */
  public enum Kind {
    /** New to the registry, or back after having left (a re-hire). */
    HIRED,
    /** Moved to another org unit; the position may have changed too. */
    TRANSFERRED,
    /** Same org unit, new position. */
    POSITION_CHANGED,
    /** Same assignment; other attributes changed. */
    UPDATED,
    /** Marked as left: missing from the snapshot, or listed as 退職. */
    LEFT,
    UNCHANGED
  }

  /** A hire of someone the registry knew as having left. */
  public boolean rehire() {
    return kind == Kind.HIRED && fromOrgCode != null;
  }
}
