package jp.city.lms.learning.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each running completions import has got (0-100), for the upload page's progress bar. It
 * lives outside the import's transaction, which commits only at the end, and in memory only: a
 * restarted server has no running imports.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CompletionProgress {

  private static final int KEPT = 100;

  private final Map<Long, Integer> runs = new ConcurrentHashMap<>();

  public void at(long run, int percent) {
    runs.put(run, Math.max(0, Math.min(100, percent)));
    if (runs.size() > KEPT) {
      runs.keySet().removeIf(id -> id < run - KEPT);
    }
  }

  public OptionalInt of(long run) {
    Integer percent = runs.get(run);
    return percent == null ? OptionalInt.empty() : OptionalInt.of(percent);
  }
}
