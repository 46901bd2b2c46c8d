package jp.city.lms.registry.entity;

import java.util.List;

/**
 * The CDI event the registry fires once per transaction that changed who works where today (an
 * import, or the day a change dated ahead takes effect). Observe it after commit ({@code
 * TransactionPhase.AFTER_SUCCESS}): features above the registry (login, cohorts, position-based
 * training) react to it instead of being called by the import.
 */
public record RegistryEvents(List<StaffEvent> events) {

  public RegistryEvents {
    events = List.copyOf(events);
  }

  public List<StaffEvent> of(StaffEvent.Kind kind) {
    return events.stream().filter(e -> e.kind() == kind).toList();
  }

  public boolean isEmpty() {
    return events.isEmpty();
  }
}
