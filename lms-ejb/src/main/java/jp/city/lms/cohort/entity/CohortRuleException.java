package jp.city.lms.cohort.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A cohort rule that cannot be evaluated, with the reason and its arguments for the page (texts in
 * the cohort bundle under {@code rule.<REASON>}). Nothing is saved when it is thrown.
 */
@ApplicationException(rollback = true)
public class CohortRuleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the rule was refused. */
  public enum Reason {
    NO_GROUP,
    EMPTY_GROUP,
    NO_VALUE,
    NOT_A_YEAR,
    UNKNOWN_STATUS,
    UNKNOWN_UNIT,
    BAD_VALUE,
    TOO_LONG,
    NO_NAME,
    UNREADABLE,
    UNKNOWN_COHORT
  }

  private final Reason reason;
  private final transient List<Object> arguments;

  public CohortRuleException(Reason reason, Object... arguments) {
    super(reason + " " + List.of(arguments));
    this.reason = reason;
    this.arguments = List.of(arguments);
  }

  public Reason reason() {
    return reason;
  }

  public Object[] arguments() {
    return arguments == null ? new Object[0] : arguments.toArray();
  }
}
