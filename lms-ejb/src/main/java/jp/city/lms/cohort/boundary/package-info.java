/**
 * The training office's cohorts: preview, save, change, membership on a date, who joined and left.
 */
package jp.city.lms.cohort.boundary;
