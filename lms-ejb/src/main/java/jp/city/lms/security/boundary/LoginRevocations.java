package jp.city.lms.security.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jp.city.lms.registry.entity.RegistryEvents;
import jp.city.lms.registry.entity.StaffEvent;

/**
 * People whose open sessions must end now: staff the registry has just marked as left. A session
 * holds its login until it expires, so every request checks here; the identity store refuses the
 * next login anyway. Kept in memory: sessions do not outlive the server either.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LoginRevocations {

  private final Set<String> revoked = ConcurrentHashMap.newKeySet();

  public void revoke(Collection<String> usernames) {
    revoked.addAll(usernames);
  }

  /** Someone back at work (re-hired) may log in again. */
  public void restore(Collection<String> usernames) {
    revoked.removeAll(usernames);
  }

  public boolean isRevoked(String username) {
    return revoked.contains(username);
  }

  /**
   * The registry tells who left and who is back once its change is committed (an import, or the day
   * a change dated ahead takes effect).
   */
  public void follow(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistryEvents changes) {
    revoke(changes.of(StaffEvent.Kind.LEFT).stream().map(StaffEvent::employeeNo).toList());
    restore(
        changes.events().stream()
            .filter(e -> e.kind() == StaffEvent.Kind.RETURNED || e.kind() == StaffEvent.Kind.HIRED)
            .map(StaffEvent::employeeNo)
            .toList());
  }
}
