/** Reading the facts cohort rules ask about, for cohorts and for position-based training alike. */
package jp.city.lms.cohort.control;
