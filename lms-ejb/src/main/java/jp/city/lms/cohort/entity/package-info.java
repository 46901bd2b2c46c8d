/** Cohorts, their rules (pure, unit-tested) and their materialised membership history. */
package jp.city.lms.cohort.entity;
