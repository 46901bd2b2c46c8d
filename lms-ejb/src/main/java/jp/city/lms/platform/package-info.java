/**
 * What every feature stands on and which knows no feature: the city's clock and the fiscal year
 * (年度) every date is counted in, the database schema (versioned Flyway migrations, run before
 * anything touches the database) and the readiness check operators and scripts wait for.
 */
package jp.city.lms.platform;
