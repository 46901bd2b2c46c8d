package jp.city.lms.security.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
}
