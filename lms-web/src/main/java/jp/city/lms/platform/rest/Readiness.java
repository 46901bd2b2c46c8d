package jp.city.lms.platform.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The answer of {@code GET /lms/api/health}: {@code {"status": "UP", "database": "H2"}} when the
 * database answers, {@code {"status": "DOWN", "error": "..."}} when it cannot be reached. The field
 * that does not apply is left out (JSON-B leaves out null fields).
 */
@JsonbPropertyOrder({"status", "database", "error"})
public record Readiness(String status, String database, String error) {

  /** The database answered (or not, when {@code valid} is false); it names itself. */
  static Readiness of(boolean valid, String database) {
    return new Readiness(valid ? "UP" : "DOWN", database, null);
  }

  /** No connection to the database. */
  static Readiness unreachable(String error) {
    return new Readiness("DOWN", null, error);
  }
}
