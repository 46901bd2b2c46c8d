package jp.city.lms.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.security.entity.Role;
import jp.city.lms.security.entity.UserAccount;

/** Looks up accounts for the login and for the header that shows who is logged in. */
@Stateless
@PermitAll
public class Accounts {

  /** What the login needs to know about an account, detached from the persistence context. */
  public record Login(String username, String passwordHash, Set<String> roles, boolean mayLogIn) {}

  /** What the page header shows about the caller. */
  public record Profile(String username, String displayName, String orgUnitName) {}

  @PersistenceContext EntityManager em;
  @EJB Callers callers;
  @Inject CityClock clock;

  /**
   * The account with its roles: the granted ones, and {@code manager} for someone the registry
   * makes a manager today (never stored: it follows transfers and promotions).
   */
  public Optional<Login> forLogin(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    UserAccount account = em.find(UserAccount.class, username.strip());
    return Optional.ofNullable(account)
        .map(
            a -> {
              Set<String> roles = new TreeSet<>(a.getRoles());
              if (a.getStaff() != null
                  && a.mayLogIn()
                  && callers.scopeOf(a.getUsername(), clock.today()).isManager()) {
                roles.add(Role.MANAGER);
              }
              return new Login(
                  a.getUsername(), a.getPasswordHash(), Set.copyOf(roles), a.mayLogIn());
            });
  }

  public Optional<Profile> profile(String username) {
    return Optional.ofNullable(em.find(UserAccount.class, username))
        .map(
            a ->
                a.getStaff() == null
                    ? new Profile(a.getUsername(), a.getUsername(), null)
                    : new Profile(
                        a.getUsername(),
                        a.getStaff().getName(),
                        a.getStaff().getOrgUnit().getLabel()));
  }
}
