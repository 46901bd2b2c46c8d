/**
 * The learning record (学習履歴): completions of courses, from attendance the training office takes and
 * in bulk from the e-learning platforms ({@code completions.csv}), and the tiers (bronze, silver,
 * gold) people achieve by them, judged by {@code content/tiers.yaml} as completions arrive in any
 * order and kept whatever the content becomes.
 */
package jp.city.lms.learning;
