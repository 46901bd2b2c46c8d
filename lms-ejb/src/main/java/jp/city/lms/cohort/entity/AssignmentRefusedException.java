package jp.city.lms.cohort.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A cohort could not be assigned to a course as asked; nothing was changed. The reason names the
 * rule for the page (texts in the cohort bundle under {@code assign.refused.<REASON>}).
 */
@ApplicationException(rollback = true)
public class AssignmentRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the assignment was refused. */
  public enum Reason {
    UNKNOWN_COHORT,
    UNKNOWN_COURSE,
    DUE_IN_PAST,
    OFFERING_NOT_OF_COURSE,
    OFFERING_CLOSED
  }

  private final Reason reason;
  private final transient List<Object> arguments;

  public AssignmentRefusedException(Reason reason, Object... arguments) {
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
