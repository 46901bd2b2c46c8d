package jp.city.lms.cohort.entity;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.city.lms.cohort.entity.CohortRuleException.Reason;
import jp.city.lms.platform.entity.FiscalYear;
import jp.city.lms.registry.entity.StaffStatus;

/**
 * One condition of a cohort rule: a field of a person's facts is one of the values (or, negated,
 * none of them). "Not holding silver" and "not yet completed SV-BPR" are the negated forms the
 * training office uses most.
 */
public record Condition(Field field, boolean negated, List<String> values) implements Serializable {

  /** What a condition looks at. */
  public enum Field {
    /** the unit itself, by code */
    UNIT,
    /** the unit or any unit below it, as the tree stood on the date */
    UNIT_TREE,
    POSITION,
    JOB_CATEGORY,
    /** the fiscal year of the hire date (2023 = 令和5年度) */
    HIRED_FISCAL_YEAR,
    /** ACTIVE (在職) or ON_LEAVE (休職): people who left are in no cohort */
    STATUS,
    /** holding the tier on the date */
    TIER,
    /** a live place (enrolled or waitlisted) in an offering of the course */
    ENROLLED,
    /** the course completed (passed) on or before the date */
    COMPLETED
  }

  public Condition {
    Objects.requireNonNull(field, "field");
    values = values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    if (values.isEmpty()) {
      throw new CohortRuleException(Reason.NO_VALUE, field.name());
    }
    for (String v : values) {
      if (v.contains("|") || v.contains("\t") || v.contains("\n") || v.length() > 64) {
        throw new CohortRuleException(Reason.BAD_VALUE, v);
      }
      if (field == Field.HIRED_FISCAL_YEAR && !v.matches("\\d{4}")) {
        throw new CohortRuleException(Reason.NOT_A_YEAR, v);
      }
      if (field == Field.STATUS && !v.equals("ACTIVE") && !v.equals("ON_LEAVE")) {
        throw new CohortRuleException(Reason.UNKNOWN_STATUS, v);
      }
    }
  }

  public static Condition of(Field field, String... values) {
    return new Condition(field, false, List.of(values));
  }

  public static Condition not(Field field, String... values) {
    return new Condition(field, true, List.of(values));
  }

  /**
   * @param unitPaths the path of every unit open on the date, by code (for {@link Field#UNIT_TREE})
   */
  public boolean matches(PersonFacts person, Map<String, String> unitPaths) {
    return negated != holds(person, unitPaths);
  }

  private boolean holds(PersonFacts p, Map<String, String> unitPaths) {
    return switch (field) {
      case UNIT -> values.contains(p.orgCode());
      case UNIT_TREE ->
          values.stream()
              .map(unitPaths::get)
              .anyMatch(
                  path -> path != null && p.orgPath() != null && p.orgPath().startsWith(path));
      case POSITION -> values.contains(p.position());
      case JOB_CATEGORY -> p.jobCategory() != null && values.contains(p.jobCategory());
      case HIRED_FISCAL_YEAR ->
          p.hiredOn() != null
              && values.contains(Integer.toString(FiscalYear.of(p.hiredOn()).getYear()));
      case STATUS -> p.status() != null && values.contains(p.status().name());
      case TIER -> values.stream().anyMatch(p.tiers()::contains);
      case ENROLLED -> values.stream().anyMatch(p.enrolled()::contains);
      case COMPLETED -> values.stream().anyMatch(p.completed()::contains);
    };
  }

  /** The stored form: {@code FIELD=a|b} or {@code FIELD!=a|b}. */
  String encode() {
    return field.name() + (negated ? "!=" : "=") + String.join("|", values);
  }

  static Condition decode(String text) {
    int eq = text.indexOf('=');
    if (eq < 1) {
      throw new CohortRuleException(Reason.UNREADABLE, text);
    }
    boolean not = text.charAt(eq - 1) == '!';
    String name = text.substring(0, not ? eq - 1 : eq);
    try {
      return new Condition(
          Field.valueOf(name), not, List.of(text.substring(eq + 1).split("\\|", -1)));
    } catch (IllegalArgumentException e) {
      throw new CohortRuleException(Reason.UNREADABLE, text);
    }
  }

  /** Whether the person's status is one that can be in a cohort at all. */
  static boolean employed(PersonFacts p) {
    return p.status() == null
        || p.status() == StaffStatus.ACTIVE
        || p.status() == StaffStatus.ON_LEAVE;
  }
}
