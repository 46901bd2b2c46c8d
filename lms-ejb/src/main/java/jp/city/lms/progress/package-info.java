/**
 * Progress toward the programme's target (目標の進捗): how many distinct people were trained as DX
 * talent (達成人数) as of a date, by the fiscal year they first counted in and against the yearly tier
 * targets, for the whole city or a manager's scope. It reads the tiers the {@code learning} feature
 * records and counts people, never completions; the rules are in {@link
 * jp.city.lms.progress.entity.Tally}.
 */
package jp.city.lms.progress;
