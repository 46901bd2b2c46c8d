package jp.city.lms.notice.entity;

/**
 * What a notice tells: what happened to an enrolment, that its session is near, or the outcome of a
 * nomination (whose text the nomination feature writes).
 */
public enum NoticeKind {
  ENROLLED,
  WAITLISTED,
  PROMOTED,
  WITHDRAWN,
  CANCELLED,
  OFFERING_CHANGED,
  OFFERING_CANCELLED,
  REMINDER,
  NOMINATION
}
