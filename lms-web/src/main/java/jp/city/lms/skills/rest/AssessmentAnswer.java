package jp.city.lms.skills.rest;

import jp.city.lms.skills.entity.Assessment;

/** An assessment as it was stored, with who recorded it and when. */
public record AssessmentAnswer(
    long id,
    String employeeNo,
    String skill,
    int level,
    String source,
    String assessedOn,
    String frameworkVersion,
    String recordedBy,
    String recordedAt) {

  static AssessmentAnswer of(Assessment a) {
    return new AssessmentAnswer(
        a.getId(),
        a.getStaff().getEmployeeNo(),
        a.getSkillCode(),
        a.getLevel(),
        a.getSource().name(),
        a.getAssessedOn().toString(),
        a.getFrameworkVersion(),
        a.getRecordedBy(),
        a.getRecordedAt().toString());
  }
}
