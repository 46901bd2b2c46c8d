package jp.city.lms.registry.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each running import has got, for the progress bar. It lives outside the import's
 * transaction (which commits only at the end), in memory: a restarted server has no running imports
 * to report on.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ImportProgress {

  /** The steps of a run, in order. */
  public enum Phase {
    QUEUED,
    READING,
    COMPARING,
    APPLYING,
    DONE
  }

  /** Where a run stands: its phase and how much of the whole run is done, 0-100. */
  public record Progress(Phase phase, int percent) {}

  private static final int KEPT = 100;

  private final Map<Long, Progress> runs = new ConcurrentHashMap<>();

  public void at(long run, Phase phase, int percent) {
    runs.put(run, new Progress(phase, Math.max(0, Math.min(100, percent))));
    // a page asks about its own, recent run: older entries would only grow the map
    if (runs.size() > KEPT) {
      runs.keySet().removeIf(id -> id < run - KEPT);
    }
  }

  /** Applying is the long part: it moves the bar from 30 % to 99 %. */
  public void applying(long run, int done, int total) {
    at(run, Phase.APPLYING, 30 + (total == 0 ? 69 : (int) (69L * done / total)));
  }

  public void done(long run) {
    at(run, Phase.DONE, 100);
  }

  public Optional<Progress> of(long run) {
    return Optional.ofNullable(runs.get(run));
  }
}
