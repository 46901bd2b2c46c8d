package jp.city.lms.skills.entity;

import java.util.Objects;
import jp.city.lms.platform.entity.Scope;

/**
 * Where an assessment comes from, and who may record it. The three are kept apart, never merged
 * into one rating: a self-assessment above the manager's view says something a single number loses.
 */
public enum AssessmentSource {
  /** 自己評価: only the person, for themself. */
  SELF,
  /**
   * 所属長評価: a manager whose scope held the person on the date the assessment speaks of, never for
   * themself.
   */
  MANAGER,
  /** A test result the training office (or an administrator) records. */
  TEST;

  /**
   * Whether a caller may record an assessment of this source for a person.
   *
   * @param callerNo the caller's employee number (null for an account without one)
   * @param office whether the caller acts as the training office or an administrator
   * @param callerScope the caller's scope by the registry alone (not by their granted roles) on the
   *     assessment's date: what makes them the person's manager then
   * @param personNo the person assessed
   * @param personPath the path of the person's unit on that date
   */
  public boolean allows(
      String callerNo, boolean office, Scope callerScope, String personNo, String personPath) {
    return switch (this) {
      case SELF -> callerNo != null && callerNo.equals(personNo);
      case MANAGER ->
          callerNo != null
              && !callerNo.equals(personNo)
              && callerScope != null
              && callerScope.isManager()
              && Objects.equals(callerScope.employeeNo(), callerNo)
              && callerScope.includes(personNo, personPath);
      case TEST -> office;
    };
  }
}
