/**
 * The audit log (監査ログ): who changed what, when and from which address, for every change anyone
 * makes in the LMS (registry imports, content reloads, offerings, and what later features add:
 * enrolments, attendance, role grants) and for refused logins. Entries are only ever added.
 *
 * <p>Audit sits on the ground beside platform and knows no feature: a feature's boundary fires a
 * {@link jp.city.lms.audit.entity.Change} event and the log records it in the same transaction, so
 * a change that is rolled back leaves no entry and a change that stays always has one.
 * Administrators search and export the log.
 */
package jp.city.lms.audit;
