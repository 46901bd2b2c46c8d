/**
 * What every feature stands on: the database schema (versioned Flyway migrations, run before
 * anything touches the database) and the readiness check operators and scripts wait for.
 */
package jp.city.lms.platform;
