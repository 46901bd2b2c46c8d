package jp.city.lms.cohort.presentation;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import jp.city.lms.cohort.entity.CohortRule;
import jp.city.lms.cohort.entity.CohortRuleException;
import jp.city.lms.cohort.entity.Condition;

/** The cohort feature's texts in a language, and rules as people read and type them. */
public final class CohortTexts {

  public static final String BUNDLE = "jp.city.lms.web.cohort";

  private CohortTexts() {}

  public static String text(String key, Locale locale, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale, CohortTexts.class.getClassLoader());
    // always through MessageFormat, so that the bundles' quotes ('') read the same everywhere
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /** Why a rule was refused. */
  public static String reason(CohortRuleException refused, Locale locale) {
    return text("rule." + refused.reason().name(), locale, refused.arguments());
  }

  /** A rule in words: "position is 係長 and not holding silver, or ...". */
  public static String describe(CohortRule rule, Locale locale) {
    String and = text("describe.and", locale);
    String or = text("describe.or", locale);
    return rule.groups().stream()
        .map(g -> g.stream().map(c -> describe(c, locale)).collect(Collectors.joining(and)))
        .map(g -> rule.groups().size() > 1 ? "(" + g + ")" : g)
        .collect(Collectors.joining(or));
  }

  public static String describe(Condition c, Locale locale) {
    String values =
        c.values().stream()
            .map(v -> c.field() == Condition.Field.STATUS ? text("status." + v, locale) : v)
            .collect(Collectors.joining(", "));
    return text(
        c.negated() ? "describe.not" : "describe.is",
        locale,
        text("field." + c.field().name(), locale),
        values);
  }

  /**
   * What people type into a value field: several values separated by commas (also Japanese 、 and
   * full-width ，) or spaces; statuses also as 在職 and 休職.
   */
  public static List<String> values(Condition.Field field, String typed) {
    if (typed == null) {
      return List.of();
    }
    return Arrays.stream(typed.split("[,、，\\s\u3000]+"))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .map(v -> field == Condition.Field.STATUS ? status(v) : v)
        .toList();
  }

  private static String status(String v) {
    return switch (v) {
      case "在職", "active", "Active" -> "ACTIVE";
      case "休職", "on leave", "on_leave", "On leave" -> "ON_LEAVE";
      default -> v.toUpperCase(Locale.ROOT);
    };
  }
}
