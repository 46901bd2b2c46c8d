package jp.city.lms.progress.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Progress of one org unit at a chosen level of the tree (1: bureaus and wards, 2: their
 * departments, ...), everything below it rolled up: the trained people attributed to it, and its
 * workforce with those holding the all-staff tier (coverage).
 *
 * @param path the unit's path ({@code /bureau/dept/}), or null for people attributed outside the
 *     caller's scope
 * @param code the unit's code: the last segment of its path
 */
public record UnitProgress(String path, String code, long trained, long staff, long holding)
    implements Serializable {

  /** holding / staff, 0 without staff. */
  public double coverage() {
    return staff == 0 ? 0 : (double) holding / staff;
  }

  /**
   * Rolls counts by unit path up to the units of a level.
   *
   * @param trained by the path of the unit each person is attributed to
   * @param workforce by unit path: {staff, holding}
   * @param scopePath the caller's subtree ("/" for the city): attributions outside it go to one
   *     line without a path, and a level above the scope's unit shows that unit
   */
  public static List<UnitProgress> rollUp(
      Map<String, Long> trained, Map<String, long[]> workforce, int level, String scopePath) {
    Map<String, long[]> units = new TreeMap<>();
    long[] outside = new long[3];
    trained.forEach(
        (path, people) -> {
          long[] line = path.startsWith(scopePath) ? line(units, path, level, scopePath) : outside;
          line[0] += people;
        });
    workforce.forEach(
        (path, counts) -> {
          if (path.startsWith(scopePath)) {
            long[] line = line(units, path, level, scopePath);
            line[1] += counts[0];
            line[2] += counts[1];
          }
        });
    List<UnitProgress> result = new ArrayList<>();
    units.forEach(
        (path, c) -> result.add(new UnitProgress(path, lastSegment(path), c[0], c[1], c[2])));
    if (outside[0] > 0) {
      result.add(new UnitProgress(null, null, outside[0], 0, 0));
    }
    return result;
  }

  /** The line of a unit: its ancestor at the level, but never above the scope's own unit. */
  private static long[] line(Map<String, long[]> units, String path, int level, String scopePath) {
    String cut = atLevel(path, level);
    return units.computeIfAbsent(cut.startsWith(scopePath) ? cut : scopePath, p -> new long[3]);
  }

  /** The path cut to its first {@code level} units: /a/b/c/ at level 2 is /a/b/. */
  public static String atLevel(String path, int level) {
    int at = 0;
    for (int seen = 0; seen <= level; seen++) {
      int next = path.indexOf('/', at + (seen == 0 ? 0 : 1));
      if (next < 0) {
        return path;
      }
      at = next;
    }
    return path.substring(0, at + 1);
  }

  private static String lastSegment(String path) {
    String trimmed = path.substring(0, path.length() - 1);
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }
}
