package jp.city.lms.learning.entity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.city.lms.curriculum.entity.Tier;

/**
 * The tiers one person holds by the content's rules: a tier is achieved when its requirement is met
 * by passed completions and its prerequisite tier is achieved, on the later of the two days. A tier
 * already on record counts as achieved on its recorded day even if today's content would judge
 * otherwise (achievements are never lost), so a later tier can build on it.
 */
public final class TierJudgement {

  private TierJudgement() {}

  /**
   * The day each tier is achieved, by the content and the record together.
   *
   * @param tiersInOrder the content's tiers, every prerequisite before the tier that needs it
   * @param firstPassed the first day each course was passed
   * @param onRecord the tiers already on record, with their days
   * @return every tier held, with the earliest day the record or the content gives it
   */
  public static Map<String, LocalDate> judge(
      List<Tier> tiersInOrder,
      Map<String, LocalDate> firstPassed,
      Map<String, LocalDate> onRecord) {
    Map<String, LocalDate> held = new HashMap<>(onRecord);
    for (Tier tier : tiersInOrder) {
      Optional<LocalDate> met = tier.requirement().metOn(firstPassed);
      if (met.isEmpty()) {
        continue;
      }
      LocalDate on = met.get();
      if (tier.prerequisite().isPresent()) {
        LocalDate before = held.get(tier.prerequisite().get());
        if (before == null) {
          continue;
        }
        on = before.isAfter(on) ? before : on;
      }
      held.merge(tier.code(), on, (a, b) -> a.isBefore(b) ? a : b);
    }
    return held;
  }
}
