package jp.city.lms.enrolment.entity;

/**
 * Something happened to an enrolment that its person should hear of: fired within the transaction
 * that did it, so that a notice is written with the change or not at all.
 */
public record EnrolmentEvent(Kind kind, long enrolmentId) {

  /** What happened. */
  public enum Kind {
    ENROLLED,
    WAITLISTED,
    PROMOTED,
    WITHDRAWN,
    CANCELLED,
    OFFERING_CHANGED,
    OFFERING_CANCELLED
  }
}
