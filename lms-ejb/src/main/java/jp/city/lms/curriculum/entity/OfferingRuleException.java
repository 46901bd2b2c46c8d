package jp.city.lms.curriculum.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An offering was asked to break its rules: every violation, each named by the field of the
 * schedule form it belongs to, so the form can show them where they are. Nothing was changed.
 */
@ApplicationException(rollback = true)
public class OfferingRuleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<OfferingPlan.Violation> violations;

  public OfferingRuleException(List<OfferingPlan.Violation> violations) {
    super(
        violations.stream()
            .map(v -> v.field() + ": " + v.rule())
            .collect(Collectors.joining(", ", "offering rules broken: ", "")));
    this.violations = List.copyOf(violations);
  }

  public OfferingRuleException(String field, String rule) {
    this(List.of(new OfferingPlan.Violation(field, rule)));
  }

  public List<OfferingPlan.Violation> violations() {
    return violations;
  }
}
