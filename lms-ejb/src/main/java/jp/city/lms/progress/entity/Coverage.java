package jp.city.lms.progress.entity;

import java.io.Serializable;

/**
 * How much of the workforce (在職 and 休職) holds the all-staff tier (bronze) on a date.
 *
 * @param tier the tier, or null when the programme has no all-staff tier
 */
public record Coverage(String tier, long staff, long holding) implements Serializable {

  /** holding / staff, 0 without staff. */
  public double rate() {
    return staff == 0 ? 0 : (double) holding / staff;
  }
}
