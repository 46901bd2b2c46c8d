package jp.city.lms.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

/** The platform's answers as JSON-B writes them. */
class AnswersTest {

  @Test
  void anErrorHasTheContractsTwoFields() throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      assertEquals(
          "{\"error\":\"bad request\",\"reason\":\"dryRun は true か false です。\"}",
          jsonb.toJson(new ErrorAnswer("bad request", "dryRun は true か false です。")));
      assertEquals(
          "{\"error\":\"asOf must be a date\",\"reason\":\"asOf must be a date\"}",
          jsonb.toJson(new ErrorAnswer("asOf must be a date")));
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
