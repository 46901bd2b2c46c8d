package jp.city.lms.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
   * Makes room for what a snapshot says of the span [from, to] (to null: from then on) in one
   * subject's history, without touching what held before or after: a row that began before ends the
   * day before, a row that goes on after starts the day after (split in two when it does both), and
   * the rows wholly inside go, except one that starts on {@code from}, which is returned to be
   * corrected in place (and given the span).
   *
   * @param history the subject's rows at hand; kept up to date
   * @param owned the subject's own collection of rows (orphans removed from it are deleted)
   * @param continuation copies a row onto a later span (the part of a split row after the span)
   */
  static <T extends DatedRow> Optional<T> makeRoom(
      List<T> history,
      List<T> owned,
      LocalDate from,
      LocalDate to,
      BiFunction<T, LocalDate, T> continuation) {
    List<T> inside = new ArrayList<>();
    for (T row : List.copyOf(history)) {
      if (!row.overlaps(from, to)) {
        continue;
      }
      boolean startsBefore = row.getValidFrom().isBefore(from);
      boolean goesOnAfter =
          to != null && (row.getValidTo() == null || row.getValidTo().isAfter(to));
      if (startsBefore && goesOnAfter) {
        T rest = continuation.apply(row, to.plusDays(1));
        history.add(rest);
        owned.add(rest);
        row.endOn(from.minusDays(1));
      } else if (startsBefore) {
        row.endOn(from.minusDays(1));
      } else if (goesOnAfter) {
        row.startOn(to.plusDays(1));
      } else {
        inside.add(row);
      }
    }
    Optional<T> same = inside.stream().filter(r -> r.getValidFrom().equals(from)).findFirst();
    same.ifPresent(
        row -> {
          inside.remove(row);
          row.span(from, to);
        });
    if (!inside.isEmpty()) {
      history.removeAll(inside);
      owned.removeAll(inside);
    }
    return same;
  }

  /** Adds a new row to both lists. */
  static <T extends DatedRow> T add(List<T> history, List<T> owned, T row) {
    history.add(row);
    owned.add(row);
    return row;
  }

  /** Removes a row from both lists (an orphan, deleted). */
  static <T extends DatedRow> void drop(List<T> history, List<T> owned, T row) {
    history.remove(row);
    owned.remove(row);
  }

  /**
   * Where a date falls in one subject's history: the row that covers it, else the last one before
   * it, else the first one after it (all null for an empty history).
   */
  record Around<T extends DatedRow>(T now, T last, T next) {

    static <T extends DatedRow> Around<T> of(List<T> history, LocalDate date) {
      T now = null;
      T last = null;
      T next = null;
      for (T row : history) {
        if (row.covers(date)) {
          now = row;
        } else if (row.getValidFrom().isAfter(date)) {
          next = next == null || row.getValidFrom().isBefore(next.getValidFrom()) ? row : next;
        } else {
          last = last == null || row.getValidTo().isAfter(last.getValidTo()) ? row : last;
        }
      }
      return new Around<>(now, last, next);
    }
  }
}
