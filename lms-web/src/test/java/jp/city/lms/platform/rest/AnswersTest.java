package jp.city.lms.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

/** The platform's answers as JSON-B writes them. */
class AnswersTest {

  @Test
  void anErrorIsOneField() throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      assertEquals(
          "{\"error\":\"dryRun and confirm are true or false\"}",
          jsonb.toJson(new ErrorAnswer("dryRun and confirm are true or false")));
    }
  }

  @Test
  void readinessNamesTheDatabaseOrTheError() throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      assertEquals(
          "{\"status\":\"UP\",\"database\":\"H2\"}", jsonb.toJson(Readiness.of(true, "H2")));
      assertEquals(
          "{\"status\":\"DOWN\",\"database\":\"MySQL\"}",
          jsonb.toJson(Readiness.of(false, "MySQL")));
      assertEquals(
          "{\"status\":\"DOWN\",\"error\":\"Connection refused\"}",
          jsonb.toJson(Readiness.unreachable("Connection refused")));
    }
  }
}
