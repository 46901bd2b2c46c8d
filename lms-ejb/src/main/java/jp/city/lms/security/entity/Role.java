package jp.city.lms.security.entity;

import java.util.List;

/**
 * The roles of the LMS, as names for {@code @RolesAllowed}, web.xml and {@code isUserInRole}.
 *
 * <ul>
 *   <li>{@link #STAFF} 受講者: takes courses, sees their own tier status and skills;
 *   <li>{@link #MANAGER} 所属長: nominates and assesses their staff, sees their org unit and below;
 *   <li>{@link #TRAINING_OFFICE} 研修担当: runs curricula, offerings, cohorts and reports;
 *   <li>{@link #ADMIN} 管理者: HR feed, roles, audit;
 *   <li>{@link #HR_FEED}: the HR system pushing registry snapshots; no pages.
 * </ul>
 */
public final class Role {

  public static final String STAFF = "staff";
  public static final String MANAGER = "manager";
  public static final String TRAINING_OFFICE = "training-office";
  public static final String ADMIN = "admin";
  public static final String HR_FEED = "hr-feed";

  public static final List<String> ALL = List.of(STAFF, MANAGER, TRAINING_OFFICE, ADMIN, HR_FEED);

  private Role() {}
}
