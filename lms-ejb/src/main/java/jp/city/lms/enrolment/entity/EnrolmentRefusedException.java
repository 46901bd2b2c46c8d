package jp.city.lms.enrolment.entity;

import jakarta.ejb.ApplicationException;

/**
 * An enrolment rule said no; nothing was changed. The reason names the rule, so that pages and REST
 * can say it in the caller's language and REST can answer the contract's status code.
 */
@ApplicationException(rollback = true)
public class EnrolmentRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The rules, each with the HTTP status the REST contract gives it. */
  public enum Reason {
    UNKNOWN_OFFERING(404),
    UNKNOWN_PERSON(404),
    NOT_YOURSELF(403),
    ALREADY_ENROLLED(409),
    REGISTRATION_CLOSED(422),
    OFFERING_CANCELLED(422),
    OFFERING_PAST(422),
    PERSON_LEFT(422),
    PREREQUISITE_MISSING(422),
    NOT_ENROLLED(404),
    DEADLINE_PASSED(422),
    OTHER_COURSE(422),
    NOT_STARTED(422),
    NOT_SEATED(422);

    public final int status;

    Reason(int status) {
      this.status = status;
    }
  }

  private final Reason reason;
  private final transient Object[] arguments;

  public EnrolmentRefusedException(Reason reason, Object... arguments) {
    super(reason.name());
    this.reason = reason;
    this.arguments = arguments.clone();
  }

  public Reason reason() {
    return reason;
  }

  /** What the message names (a tier, a date), for the text of the reason. */
  public Object[] arguments() {
    return arguments == null ? new Object[0] : arguments.clone();
  }
}
