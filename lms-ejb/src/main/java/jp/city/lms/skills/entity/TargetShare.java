package jp.city.lms.skills.entity;

import java.util.OptionalDouble;

/**
 * How many of a group reach the target of a skill: of the people whose tier sets one, the share at
 * or above it. A group smaller than {@link #SMALLEST_SHOWN} shows no share, so that an aggregate
 * never points at one or two people.
 */
public record TargetShare(int people, int atTarget) {

  /** The smallest group whose share may be shown. */
  public static final int SMALLEST_SHOWN = 5;

  public TargetShare {
    if (people < 0 || atTarget < 0 || atTarget > people) {
      throw new IllegalArgumentException(atTarget + " of " + people);
    }
  }

  /** The share (0 to 1), or empty for a group too small to show. */
  public OptionalDouble share() {
    return people < SMALLEST_SHOWN
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) atTarget / people);
  }

  public boolean isShown() {
    return share().isPresent();
  }

  /** The group with one more person, at the target or not. */
  public TargetShare with(boolean reached) {
    return new TargetShare(people + 1, atTarget + (reached ? 1 : 0));
  }
}
