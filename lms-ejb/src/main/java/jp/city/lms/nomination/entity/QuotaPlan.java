package jp.city.lms.nomination.entity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Quotas computed from a rule, as the office proposes them before entering its own: so many places
 * per section (課) of each department, shown with their sum against the seats available.
 */
public final class QuotaPlan {

  private QuotaPlan() {}

  /**
   * @param sections the number of sections of each department, in the order to show
   * @param perSection places per section (0 leaves every quota to be entered)
   */
  public static Map<String, Integer> perSection(Map<String, Integer> sections, int perSection) {
    if (perSection < 0) {
      throw new IllegalArgumentException("per section: " + perSection);
    }
    Map<String, Integer> quotas = new LinkedHashMap<>();
    // a department with no section of its own (a ward office's single unit) still gets one's worth
    sections.forEach((unit, n) -> quotas.put(unit, perSection * Math.max(n, 1)));
    return quotas;
  }

  public static int sum(Map<String, Integer> quotas) {
    return quotas.values().stream().mapToInt(Integer::intValue).sum();
  }
}
