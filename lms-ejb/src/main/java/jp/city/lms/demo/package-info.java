/**
 * The programme's demo: a generated city (deterministic from a seed) loaded into an empty database
 * when the server runs with {@code -Dlms.demo=true}, with one login for each role, and its learning
 * history from FY2023 to today (offerings of this fiscal year and the next, places with waitlists
 * and outcomes, e-learning completions, tiers) loaded once while the database has none. The run
 * command and the browser tests use it; production never sets the flag. The generators take a
 * scale, so the benchmarks build cities, places and {@code completions.csv} files of any size with
 * the same code.
 */
package jp.city.lms.demo;
