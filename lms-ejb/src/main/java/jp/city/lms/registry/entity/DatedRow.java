package jp.city.lms.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A row of effective-dated history: valid from one date to another, both inclusive, open-ended
 * while nothing later is known. Assignments and org unit versions are such rows; a snapshot says
 * what held over a span of days, and {@link #clear} makes room for it without touching what held
 * before or after.
 */
@MappedSuperclass
public abstract class DatedRow {

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  protected DatedRow() {}

  DatedRow(LocalDate validFrom, LocalDate validTo) {
    this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException("valid to " + validTo + " before from " + validFrom);
    }
    this.validTo = validTo;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public boolean covers(LocalDate date) {
    return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
  }

  boolean isOpen() {
    return validTo == null;
  }

  boolean overlaps(LocalDate from, LocalDate to) {
    return (to == null || !validFrom.isAfter(to)) && (validTo == null || !validTo.isBefore(from));
  }

  void endOn(LocalDate last) {
    this.validTo = last;
  }

  void startOn(LocalDate first) {
    this.validFrom = first;
  }

  /** Takes over the span [from, to] (to null: from then on). */
  void span(LocalDate from, LocalDate to) {
    this.validFrom = from;
    this.validTo = to;
  }

  /**
   * Frees the span [from, to] (to null: from then on) in one subject's history: a row that began
   * before ends the day before, a row that goes on after starts the day after (split in two when it
   * does both), and the rows wholly inside are returned, for the caller to reuse or remove.
   *
   * @param continuation copies a row onto a later span (the part of a split row after the span)
   */
  static <T extends DatedRow> List<T> clear(
      List<T> history, LocalDate from, LocalDate to, BiFunction<T, LocalDate, T> continuation) {
    List<T> inside = new ArrayList<>();
    for (T row : List.copyOf(history)) {
      if (!row.overlaps(from, to)) {
        continue;
      }
      boolean startsBefore = row.getValidFrom().isBefore(from);
      boolean goesOnAfter =
          to != null && (row.getValidTo() == null || row.getValidTo().isAfter(to));
      if (startsBefore && goesOnAfter) {
        continuation.apply(row, to.plusDays(1));
        row.endOn(from.minusDays(1));
      } else if (startsBefore) {
        row.endOn(from.minusDays(1));
      } else if (goesOnAfter) {
        row.startOn(to.plusDays(1));
      } else {
        inside.add(row);
      }
    }
    return inside;
  }
}
