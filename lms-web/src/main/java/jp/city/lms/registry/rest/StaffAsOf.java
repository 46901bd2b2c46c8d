package jp.city.lms.registry.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The answer of {@code GET /lms/api/registry/staff/{employeeNo}?asOf=}: that person as the registry
 * knew them on that date. {@code status} uses the registry's words (在職, 休職, 退職); {@code managerNo}
 * is {@code null} for someone without a manager, and present all the same.
 */
@JsonbPropertyOrder({
  "employeeNo",
  "name",
  "status",
  "orgCode",
  "orgName",
  "position",
  "managerNo",
  "asOf"
})
public record StaffAsOf(
    String employeeNo,
    String name,
    String status,
    String orgCode,
    String orgName,
    String position,
    @JsonbNillable String managerNo,
    String asOf) {}
