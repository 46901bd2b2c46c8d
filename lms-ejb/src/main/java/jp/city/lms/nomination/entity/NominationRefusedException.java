package jp.city.lms.nomination.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A nomination rule said no; nothing was changed. The reason names the rule for the pages (texts in
 * the nomination bundle under {@code refused.<REASON>}).
 */
@ApplicationException(rollback = true)
public class NominationRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The rules. */
  public enum Reason {
    UNKNOWN_ROUND,
    UNKNOWN_COURSE_OR_TIER,
    BAD_ROUND,
    ROUND_CLOSED,
    QUOTA_EXHAUSTED,
    NO_QUOTA,
    NOT_ELIGIBLE,
    ALREADY_NOMINATED,
    NO_REASON,
    NOT_A_MANAGER,
    BELOW_NOMINATED,
    POOL_TOO_SMALL,
    ALREADY_DECIDED,
    UNKNOWN_NOMINATION
  }

  private final Reason reason;
  private final transient List<Object> arguments;

  public NominationRefusedException(Reason reason, Object... arguments) {
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
