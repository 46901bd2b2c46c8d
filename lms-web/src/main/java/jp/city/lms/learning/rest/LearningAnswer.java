package jp.city.lms.learning.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** A person's learning as the contract answers it: tiers, completions and enrolments. */
public record LearningAnswer(
    String employeeNo,
    List<TierLine> tiers,
    List<CompletionLine> completions,
    List<EnrolmentLine> enrolments) {

  public record TierLine(String tier, String achievedOn, int fiscalYear) {}

  @JsonbNillable
  public record CompletionLine(
      String course, String completedOn, String result, Integer score, String source) {}

  @JsonbNillable
  public record EnrolmentLine(
      long offering, String course, String start, String status, Integer waitlistPosition) {}
}
