package jp.city.lms.notice.entity;

/** What a notice tells: what happened to an enrolment, or that its session is near. */
public enum NoticeKind {
  ENROLLED,
  WAITLISTED,
  PROMOTED,
  WITHDRAWN,
  CANCELLED,
  OFFERING_CHANGED,
  OFFERING_CANCELLED,
  REMINDER
}
