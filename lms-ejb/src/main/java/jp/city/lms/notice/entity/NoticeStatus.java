package jp.city.lms.notice.entity;

/**
 * Where a notice stands in the outbox. PENDING ones are sent when due; a sender claims one
 * (SENDING) before it sends it, so that no other sender does. SENT went to the mail server; LOGGED
 * was written to the server log because no mail server is configured; HELD cannot be sent (the
 * person has no email address) and is kept with the reason; FAILED gave up after {@link
 * Notice#MAX_ATTEMPTS}.
 */
public enum NoticeStatus {
  PENDING,
  SENDING,
  SENT,
  LOGGED,
  HELD,
  FAILED
}
