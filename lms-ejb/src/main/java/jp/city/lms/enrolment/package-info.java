/**
 * Enrolment (受講申込): staff ask for a place in an offering and get a seat or a place on its waitlist
 * in order of arrival; they withdraw until the deadline; the training office enrols, cancels and
 * moves anyone, and takes attendance, whose completed outcomes become completions in the {@code
 * learning} feature. Seats are counted by the offering under its row lock, so capacity holds
 * whatever arrives at once.
 */
package jp.city.lms.enrolment;
