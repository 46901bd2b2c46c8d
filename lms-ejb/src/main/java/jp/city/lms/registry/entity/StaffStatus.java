package jp.city.lms.registry.entity;

/**
 * 在職区分 in the HR registry, as of a date. People who left are kept: their learning still counts.
 * Someone a snapshot dated ahead brings in is {@link #JOINING} until that date.
 */
public enum StaffStatus {
  /** 在職 */
  ACTIVE,
  /** 休職 */
  ON_LEAVE,
  /** 退職 */
  LEFT,
  /** 着任前: known from a snapshot dated ahead, not working here yet. */
  JOINING;

  /** Whether the person belongs to the workforce (on leave still does). */
  public boolean isEmployed() {
    return this == ACTIVE || this == ON_LEAVE;
  }
}
