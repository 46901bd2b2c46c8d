package jp.city.lms.progress.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One tier a person achieved on a date, as the progress count reads it: the person's key (an
 * employee number or id), never whether they still work here, since people who left still count.
 */
public record Achievement(String person, String tier, LocalDate on) {

  public Achievement {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(on, "on");
  }
}
