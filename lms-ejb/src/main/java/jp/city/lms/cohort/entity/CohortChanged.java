package jp.city.lms.cohort.entity;

import java.time.LocalDate;
import java.util.Set;

/**
 * Told in the transaction that changed a cohort's membership (a save, a new rule, a registry
 * import): who joined and who left it from a date. Features that act on cohort members (assigned
 * training) observe it in the same transaction, so that a member never exists without what follows
 * from it.
 *
 * @param run the registry run that caused it; null when the rule did
 */
public record CohortChanged(
    long cohortId, LocalDate on, Set<String> joined, Set<String> left, Long run) {

  public CohortChanged {
    joined = Set.copyOf(joined);
    left = Set.copyOf(left);
  }
}
