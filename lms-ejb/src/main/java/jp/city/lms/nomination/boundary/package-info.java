/** Rounds, quotas and nominations for the office and for managers; the outcome mails. */
package jp.city.lms.nomination.boundary;
