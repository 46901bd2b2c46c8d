package jp.city.lms.audit.entity;

import java.util.List;

/**
 * Many changes made at once by one caller (the office placing a cohort in an offering): fired as
 * one event, written as one entry each, exactly as if each {@link Change} had been fired on its
 * own, but with the caller, the time and the address found once for all of them.
 */
public record Changes(List<Change> changes) {

  public Changes {
    changes = List.copyOf(changes);
  }
}
