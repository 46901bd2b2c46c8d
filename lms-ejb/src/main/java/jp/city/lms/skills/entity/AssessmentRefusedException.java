package jp.city.lms.skills.entity;

import jakarta.ejb.ApplicationException;

/**
 * An assessment was not recorded; nothing was changed. The reason names the rule, so that pages and
 * REST can say it in the caller's language and REST can answer the contract's status.
 */
@ApplicationException(rollback = true)
public class AssessmentRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The rules, each with the HTTP status the REST contract gives it. */
  public enum Reason {
    MISSING_FIELD(422),
    UNKNOWN_SKILL(422),
    LEVEL_OUTSIDE_SCALE(422),
    INVALID_DATE(422),
    FUTURE_DATE(422),
    UNKNOWN_SOURCE(422),
    NOT_EMPLOYED_THEN(422),
    UNKNOWN_PERSON(404),
    SOURCE_NOT_ALLOWED(403);

    public final int status;

    Reason(int status) {
      this.status = status;
    }
  }

  private final Reason reason;
  private final transient Object[] arguments;

  public AssessmentRefusedException(Reason reason, Object... arguments) {
    super(reason.name());
    this.reason = reason;
    this.arguments = arguments.clone();
  }

  public Reason reason() {
    return reason;
  }

  /** What the message names (a field, a skill, the scale), for the text of the reason. */
  public Object[] arguments() {
    return arguments == null ? new Object[0] : arguments.clone();
  }
}
