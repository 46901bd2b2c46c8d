package jp.city.lms.cohort.entity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What evaluating a rule again changes: among the people considered, those who match and have no
 * open spell join; those with an open spell who no longer match leave. People not considered (an
 * import re-evaluates only the people it changed) keep their spells as they are.
 *
 * @param joined employee numbers that begin a spell
 * @param left employee numbers whose spell ends
 */
public record Reconciliation(Set<String> joined, Set<String> left) {

  /**
   * @param members the people with an open spell (at least among those considered)
   * @param matching the people who match the rule now
   * @param considered the people evaluated; null for everybody
   */
  public static Reconciliation of(
      Collection<String> members, Collection<String> matching, Collection<String> considered) {
    Set<String> joined = new LinkedHashSet<>(matching);
    joined.removeAll(members);
    if (considered != null) {
      joined.retainAll(considered);
    }
    Set<String> left = new LinkedHashSet<>(members);
    left.removeAll(matching);
    if (considered != null) {
      left.retainAll(considered);
    }
    return new Reconciliation(Set.copyOf(joined), Set.copyOf(left));
  }

  public boolean isEmpty() {
    return joined.isEmpty() && left.isEmpty();
  }
}
