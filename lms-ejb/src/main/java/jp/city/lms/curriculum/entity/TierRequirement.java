package jp.city.lms.curriculum.entity;

import java.util.Collection;
import java.util.List;

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
