package jp.city.lms.cohort.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import jp.city.lms.registry.entity.StaffStatus;

/**
 * What a cohort rule may ask of one person as of a date: their assignment then (unit with the
 * unit's path in the tree then, position, status), the registry's job category and hire date, the
 * tiers they held then, and the courses among those the rules name that they had completed then or
 * hold a live place in.
 *
 * @param staffId the registry's row, so that a membership can point at it without reading it again
 */
public record PersonFacts(
    long staffId,
    String employeeNo,
    String name,
    String orgCode,
    String orgName,
    String orgPath,
    String position,
    String jobCategory,
    LocalDate hiredOn,
    StaffStatus status,
    Set<String> tiers,
    Set<String> enrolled,
    Set<String> completed)
    implements Serializable {

  public PersonFacts {
    tiers = Set.copyOf(tiers);
    enrolled = Set.copyOf(enrolled);
    completed = Set.copyOf(completed);
  }

  // pages read bean getters: Jakarta EL 5 (EE 10) does not know record accessors

  public String getEmployeeNo() {
    return employeeNo;
  }

  public String getName() {
    return name;
  }

  public String getOrgCode() {
    return orgCode;
  }

  public String getOrgName() {
    return orgName;
  }

  public String getPosition() {
    return position;
  }

  public String getJobCategory() {
    return jobCategory;
  }

  public LocalDate getHiredOn() {
    return hiredOn;
  }

  public StaffStatus getStatus() {
    return status;
  }
}
