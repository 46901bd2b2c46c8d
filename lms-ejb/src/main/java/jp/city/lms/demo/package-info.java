/**
 * The programme's demo: a generated city (deterministic from a seed) loaded into an empty database
 * when the server runs with {@code -Dlms.demo=true}, with one login for each role. The run command
 * and the browser tests use it; production never sets the flag.
 */
package jp.city.lms.demo;
