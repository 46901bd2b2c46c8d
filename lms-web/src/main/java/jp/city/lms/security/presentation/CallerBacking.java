package jp.city.lms.security.presentation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import jp.city.lms.security.boundary.Accounts;
import jp.city.lms.security.entity.Role;

/** The logged-in caller as the page header shows them, and logging out. */
@Named
@RequestScoped
public class CallerBacking {

  @EJB Accounts accounts;
  @Inject FacesContext faces;

  private Accounts.Profile profile;

  public boolean isLoggedIn() {
    return principal() != null;
  }

  public String getDisplayName() {
    Accounts.Profile p = profile();
    return p == null ? null : p.displayName();
  }

  public String getOrgUnitName() {
    Accounts.Profile p = profile();
    return p == null ? null : p.orgUnitName();
  }

  private Accounts.Profile profile() {
    if (profile == null && principal() != null) {
      profile = accounts.profile(principal().getName()).orElse(null);
    }
    return profile;
  }

  /** The caller's roles in the order the programme lists them. */
  public List<String> getRoles() {
    ExternalContext external = faces.getExternalContext();
    return Role.ALL.stream().filter(external::isUserInRole).toList();
  }

  public void logout() throws ServletException, IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    external.redirect(request.getContextPath() + LmsAuthenticationMechanism.LOGIN_PAGE);
  }

  private Principal principal() {
    return faces.getExternalContext().getUserPrincipal();
  }
}
