package jp.city.lms.registry.control;

import java.util.List;
import java.util.Optional;
import jp.city.lms.registry.control.SnapshotRefusedException.Reason;
import jp.city.lms.registry.entity.ChangeCounts;

/**
 * The diff of one import run: what it does to each person and org unit, the counts it reports, and
 * the rows it rejected. The safeguards live here because they judge the diff, not the files: a
 * snapshot that would mark more than max(2 %, 50) of the active staff as left, or that has fewer
 * than 90 % of the staff of the last import, is far more likely a broken export than a real
 * reorganisation, so the run is refused unless an administrator confirms it. On a first import (an
 * empty registry) neither applies.
 *
 * @param activeBefore staff in the registry before the import who are active or on leave
 * @param lastImportRows {@link #snapshotStaffRows()} of the last applied import, 0 if none
 */
public record RegistryChanges(
    List<StaffChange> staff,
    List<OrgChange> orgs,
    ChangeCounts counts,
    List<Rejection> rejections,
    int activeBefore,
    int lastImportRows) {

  /** The share of active staff that may be marked as left in one run, in percent. */
  public static final int MAX_LEAVER_PERCENT = 2;

  /**
   * Marking this many as left is always allowed, whatever the share: small registries move in
   * steps.
   */
  public static final int MAX_LEAVERS_FLOOR = 50;

  /** A snapshot must keep at least this share of the last import's staff rows, in percent. */
  public static final int MIN_ROWS_PERCENT = 90;

  public RegistryChanges {
    staff = List.copyOf(staff);
    orgs = List.copyOf(orgs);
    rejections = List.copyOf(rejections);
  }

  /** The safeguards against the registry this diff was computed from. */
  public Optional<SnapshotRefusedException> safeguard() {
    return safeguard(activeBefore, lastImportRows);
  }

  /**
   * Why this diff must not be applied without an administrator's confirmation, if it must not.
   *
   * @param activeCount staff in the registry who are active or on leave; 0 on a first import
   * @param lastImportRows staff rows of the last applied import; 0 if none
   */
  public Optional<SnapshotRefusedException> safeguard(int activeCount, int lastImportRows) {
    if (activeCount <= 0) {
      return Optional.empty();
    }
    int limit = maxLeavers(activeCount);
    int left = counts.left();
    if (left > limit) {
      boolean floor =
          limit == MAX_LEAVERS_FLOOR && (long) activeCount * MAX_LEAVER_PERCENT / 100 < limit;
      return Optional.of(
          new SnapshotRefusedException(
              Reason.TOO_MANY_LEAVERS,
              floor ? "refused.tooManyLeaversFloor" : "refused.tooManyLeavers",
              activeCount,
              left,
              left * 100.0 / activeCount,
              limit));
    }
    if (lastImportRows > 0
        && (long) snapshotStaffRows() * 100 < (long) lastImportRows * MIN_ROWS_PERCENT) {
      return Optional.of(
          new SnapshotRefusedException(
              Reason.REGISTRY_SHRINK,
              "refused.registryShrink",
              snapshotStaffRows(),
              lastImportRows,
              minRows(lastImportRows)));
    }
    return Optional.empty();
  }

  /** The most people one run may mark as left: max(2 % of the active staff, 50). */
  public static int maxLeavers(int activeCount) {
    return (int) Math.max((long) activeCount * MAX_LEAVER_PERCENT / 100, MAX_LEAVERS_FLOOR);
  }

  /**
   * The fewest staff rows a snapshot may have after an import of {@code lastImportRows}: 90 %,
   * rounded up.
   */
  public static int minRows(int lastImportRows) {
    return (int) (((long) lastImportRows * MIN_ROWS_PERCENT + 99) / 100);
  }

  /**
   * Accepted staff rows that are not 退職 ({@link ChangeCounts#staffRows()}); recorded with the run,
   * it is the next run's {@code lastImportRows}.
   */
  public int snapshotStaffRows() {
    return counts.staffRows();
  }

  /** Whether applying this diff would change anything at all. */
  public boolean changesAnything() {
    return !orgs.isEmpty()
        || staff.stream().anyMatch(change -> change.kind() != StaffChange.Kind.UNCHANGED);
  }
}
