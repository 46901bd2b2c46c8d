/**
 * Notices by mail (お知らせメール): people are told when their enrolment is confirmed, when they are
 * waitlisted or move up from the waitlist, when their offering changes or is cancelled, and a few
 * days before their session. Each notice goes through an outbox: it is written in the transaction
 * of what it tells, under a dedupe key, and sent once after that commits, through the application
 * server's mail session. Also the calendar file (.ics) of an enrolment.
 */
package jp.city.lms.notice;
