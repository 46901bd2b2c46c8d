package jp.city.lms.enrolment.entity;

/**
 * Where an enrolment stands. ENROLLED and WAITLISTED are live; the others end it: withdrawn by the
 * person (or for them), cancelled by the training office or with the offering, or an outcome of the
 * attendance the office took.
 */
public enum EnrolmentStatus {
  ENROLLED,
  WAITLISTED,
  WITHDRAWN,
  CANCELLED,
  COMPLETED,
  NOT_COMPLETED,
  NO_SHOW;

  public boolean isLive() {
    return this == ENROLLED || this == WAITLISTED;
  }

  public boolean isOutcome() {
    return this == COMPLETED || this == NOT_COMPLETED || this == NO_SHOW;
  }
}
