/**
 * What every feature stands on and which knows no feature: the city's clock and the fiscal year
 * (年度) every date is counted in, the database schema (versioned Flyway migrations, run before
 * anything touches the database), the readiness check operators and scripts wait for, and the one
 * way the city's CSV files are read (the HR registry's files, the e-learning platforms'
 * completions): encodings, RFC 4180, headers in Japanese or English in any order, trimming and
 * NFKC.
 */
package jp.city.lms.platform;
