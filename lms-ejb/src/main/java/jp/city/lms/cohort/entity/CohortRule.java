package jp.city.lms.cohort.entity;

import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.city.lms.cohort.entity.CohortRuleException.Reason;

/**
 * Who belongs to a cohort: any of the groups holds (OR), a group holds when all its conditions hold
 * (AND). Evaluated on the facts of people as of a date, so the same rule answers "who is in it
 * today" and "who would have been in it on 1 April". Only people working on the date (active or on
 * leave) are ever members: someone who left is nobody's member, whatever the rule says.
 *
 * <p>A rule is stored as text, one group per line and the conditions of a group separated by tabs
 * ({@code POSITION=係長|主査\tTIER!=silver}); {@link #decode} reads back exactly what {@link #encode}
 * wrote.
 */
public record CohortRule(List<List<Condition>> groups) implements Serializable {

  /** What the stored text may hold (the column's size). */
  public static final int MAX_TEXT = 4000;

  public CohortRule {
    if (groups == null || groups.isEmpty()) {
      throw new CohortRuleException(Reason.NO_GROUP);
    }
    groups = groups.stream().map(List::copyOf).toList();
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).isEmpty()) {
        throw new CohortRuleException(Reason.EMPTY_GROUP, i + 1);
      }
    }
    if (encode(groups).length() > MAX_TEXT) {
      throw new CohortRuleException(Reason.TOO_LONG, MAX_TEXT);
    }
  }

  /** A rule of one group. */
  public static CohortRule allOf(Condition... conditions) {
    return new CohortRule(List.of(List.of(conditions)));
  }

  /** This rule or another group. */
  public CohortRule or(Condition... conditions) {
    List<List<Condition>> more = new java.util.ArrayList<>(groups);
    more.add(List.of(conditions));
    return new CohortRule(more);
  }

  /** Whether the person belongs, by their facts as of the rule's date. */
  public boolean matches(PersonFacts person, Map<String, String> unitPaths) {
    if (!Condition.employed(person)) {
      return false;
    }
    return groups.stream()
        .anyMatch(group -> group.stream().allMatch(c -> c.matches(person, unitPaths)));
  }

  /** The people of {@code candidates} who belong. */
  public List<PersonFacts> select(
      Collection<PersonFacts> candidates, Map<String, String> unitPaths) {
    return candidates.stream().filter(p -> matches(p, unitPaths)).toList();
  }

  /** The courses the rule asks about (enrolled or completed): only their facts need reading. */
  public Set<String> courses() {
    return conditions()
        .filter(
            c -> c.field() == Condition.Field.ENROLLED || c.field() == Condition.Field.COMPLETED)
        .flatMap(c -> c.values().stream())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Whether the rule asks about tiers (else tier facts need not be read). */
  public boolean asksTiers() {
    return conditions().anyMatch(c -> c.field() == Condition.Field.TIER);
  }

  /** The units the rule names, which must exist on the date it is evaluated. */
  public Set<String> units() {
    return conditions()
        .filter(c -> c.field() == Condition.Field.UNIT || c.field() == Condition.Field.UNIT_TREE)
        .flatMap(c -> c.values().stream())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private java.util.stream.Stream<Condition> conditions() {
    return groups.stream().flatMap(List::stream);
  }

  public String encode() {
    return encode(groups);
  }

  private static String encode(List<List<Condition>> groups) {
    return groups.stream()
        .map(g -> g.stream().map(Condition::encode).collect(Collectors.joining("\t")))
        .collect(Collectors.joining("\n"));
  }

  public static CohortRule decode(String text) {
    if (text == null || text.isBlank()) {
      throw new CohortRuleException(Reason.NO_GROUP);
    }
    return new CohortRule(
        text.lines()
            .filter(line -> !line.isBlank())
            .map(line -> java.util.Arrays.stream(line.split("\t")).map(Condition::decode).toList())
            .toList());
  }

  // pages read bean getters: Jakarta EL 5 (EE 10) does not know record accessors
  public List<List<Condition>> getGroups() {
    return groups;
  }
}
