package jp.city.lms.registry.entity;

/** 在職区分 in the HR registry. People who left are kept: their learning still counts. */
public enum StaffStatus {
  /** 在職 */
  ACTIVE,
  /** 休職 */
  ON_LEAVE,
  /** 退職 */
  LEFT;

  /** Whether the person belongs to the current workforce (on leave still does). */
  public boolean isEmployed() {
    return this != LEFT;
  }
}
