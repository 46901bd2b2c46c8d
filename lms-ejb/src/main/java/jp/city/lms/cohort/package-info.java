/**
 * Cohorts (対象者グループ): the training office's groups of people chosen by rules on the registry as of a
 * date (unit with or without its subtree, position, job category, hire fiscal year, status, tier
 * held or not, enrolled in or completed a course or not; conditions combined with AND inside a
 * group and OR between groups). A saved cohort keeps its membership as history, each spell with the
 * dates it held and why it began and ended (the rule version, the registry run), so "who was in
 * this cohort on date D" is one query. The registry tells it after every import whom it changed;
 * only those people are evaluated again. Leaving a cohort never touches anybody's learning history.
 */
package jp.city.lms.cohort;
