package jp.city.lms.curriculum.entity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The courses that make a tier: every {@link #required()} course, and from each {@link
 * ElectiveGroup} at least {@code choose} of its courses. Completing more electives than asked is
 * fine.
 */
public record TierRequirement(List<String> required, List<ElectiveGroup> electives) {

  public TierRequirement {
    required = List.copyOf(required);
    electives = List.copyOf(electives);
  }

  public boolean isMetBy(Collection<String> completedCourses) {
    return completedCourses.containsAll(required)
        && electives.stream().allMatch(group -> group.isMetBy(completedCourses));
  }

  /**
   * The day the requirement was first met, given the first day each course was passed: the latest
   * of the required courses' days and, for each elective group, the day its n-th course was passed.
   * Empty while it is not met.
   */
  public Optional<LocalDate> metOn(Map<String, LocalDate> firstPassed) {
    LocalDate met = LocalDate.MIN;
    for (String course : required) {
      LocalDate on = firstPassed.get(course);
      if (on == null) {
        return Optional.empty();
      }
      met = on.isAfter(met) ? on : met;
    }
    for (ElectiveGroup group : electives) {
      List<LocalDate> days =
          group.from().stream().map(firstPassed::get).filter(Objects::nonNull).sorted().toList();
      if (days.size() < group.choose()) {
        return Optional.empty();
      }
      if (group.choose() > 0) {
        LocalDate on = days.get(group.choose() - 1);
        met = on.isAfter(met) ? on : met;
      }
    }
    return Optional.of(met);
  }

  /** How many course completions the requirement asks for: the required ones and each choice. */
  public int steps() {
    return required.size() + electives.stream().mapToInt(ElectiveGroup::choose).sum();
  }

  /** How many of those {@link #steps()} these passed courses make (extra electives not counted). */
  public int stepsDone(Collection<String> passed) {
    int done = (int) required.stream().filter(passed::contains).count();
    for (ElectiveGroup group : electives) {
      done +=
          (int) Math.min(group.choose(), group.from().stream().filter(passed::contains).count());
    }
    return done;
  }

  /** One "choose n of these" rule of a tier. */
  public record ElectiveGroup(int choose, List<String> from) {

    public ElectiveGroup {
      from = List.copyOf(from);
    }

    public boolean isMetBy(Collection<String> completedCourses) {
      return from.stream().filter(completedCourses::contains).count() >= choose;
    }
  }
}
