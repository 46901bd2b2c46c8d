package jp.city.lms.notice.entity;

/** A mail's subject and body (Japanese first, then English). */
public record NoticeText(String subject, String body) {}
