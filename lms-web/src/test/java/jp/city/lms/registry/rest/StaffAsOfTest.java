package jp.city.lms.registry.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

/**
 * The staff answer as JSON-B writes it: contract v1's fields in order, managerNo always present.
 */
class StaffAsOfTest {

  @Test
  void someoneWithoutAManagerHasManagerNoNull() throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      assertEquals(
          "{\"employeeNo\":\"0000001\",\"name\":\"北九 太郎\",\"status\":\"在職\",\"orgCode\":\"111\","
              + "\"orgName\":\"人事課\",\"position\":\"課長\",\"managerNo\":null,"
              + "\"asOf\":\"2024-04-01\"}",
          jsonb.toJson(
              new StaffAsOf("0000001", "北九 太郎", "在職", "111", "人事課", "課長", null, "2024-04-01")));
      assertEquals(
          "{\"employeeNo\":\"0000002\",\"name\":\"北九 花子\",\"status\":\"退職\",\"orgCode\":\"111\","
              + "\"orgName\":\"人事課\",\"position\":\"係員\",\"managerNo\":\"0000001\","
              + "\"asOf\":\"2024-04-01\"}",
          jsonb.toJson(
              new StaffAsOf(
                  "0000002", "北九 花子", "退職", "111", "人事課", "係員", "0000001", "2024-04-01")));
    }
  }
}
