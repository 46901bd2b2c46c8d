package jp.city.lms.curriculum.entity;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How many people a tier should train in one fiscal year. Bronze is meant for every staff member,
 * so its target is "all staff" ({@code all-staff} in the file) rather than a number; progress
 * against it is measured against the registry's active staff.
 */
public record YearlyTarget(String tier, int fiscalYear, OptionalInt people) {

  public YearlyTarget {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(people, "people");
  }

  public static YearlyTarget ofPeople(String tier, int fiscalYear, int people) {
    return new YearlyTarget(tier, fiscalYear, OptionalInt.of(people));
  }

  public static YearlyTarget allStaff(String tier, int fiscalYear) {
    return new YearlyTarget(tier, fiscalYear, OptionalInt.empty());
  }

  public boolean isAllStaff() {
    return people.isEmpty();
  }
}
