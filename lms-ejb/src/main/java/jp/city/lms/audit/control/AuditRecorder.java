package jp.city.lms.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.LocalDateTime;
import jp.city.lms.audit.entity.AuditEntry;
import jp.city.lms.audit.entity.Change;
import jp.city.lms.audit.entity.Changes;
import jp.city.lms.platform.boundary.CityClock;

/**
 * Writes a {@link Change} into the log as it is fired, inside the transaction of the change (or a
 * transaction of its own when the change has none), with the caller, the city's time and the
 * request's address.
 */
@ApplicationScoped
public class AuditRecorder {

  /** The actor of work that no person started (the nightly import, start-up). */
  public static final String SYSTEM = "system";

  @PersistenceContext EntityManager em;
  @Inject CityClock clock;
  @Inject Principal caller;
  @Inject Instance<ClientAddress> address;

  @Transactional(Transactional.TxType.REQUIRED)
  public void record(@Observes Change change) {
    write(change, actor());
  }

  @Transactional(Transactional.TxType.REQUIRED)
  public void record(@Observes Change.OnBehalf change) {
    write(change.change(), change.actor());
  }

  /**
   * Many changes of one caller: who, when and from where are found once (the address of a call
   * without a request costs an exception each time), then one entry each.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public void record(@Observes Changes changes) {
    if (changes.changes().isEmpty()) {
      return;
    }
    String actor = actor();
    String address = address();
    LocalDateTime now = clock.now();
    for (Change change : changes.changes()) {
      write(change, actor, address, now);
    }
  }

  private void write(Change change, String actor) {
    write(change, actor, address(), clock.now());
  }

  private void write(Change change, String actor, String address, LocalDateTime now) {
    em.persist(
        new AuditEntry(now, actor, address, change.kind(), change.subject(), change.detail()));
  }

  private String actor() {
    String name = caller == null ? null : caller.getName();
    return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
  }

  private String address() {
    try {
      return address.get().get();
    } catch (ContextNotActiveException noRequest) {
      return null;
    }
  }
}
