package jp.city.lms.security.presentation;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import jp.city.lms.security.boundary.LoginRevocations;

/**
 * Ends the open session of someone the registry has just marked as left: their next request finds
 * them logged out and on the login page, where the identity store no longer lets them in.
 */
@WebFilter("/*")
public class RevokedLoginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @EJB LoginRevocations revocations;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal caller = request.getUserPrincipal();
    if (caller != null && revocations.isRevoked(caller.getName())) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      request.logout();
      response.sendRedirect(request.getContextPath() + LmsAuthenticationMechanism.LOGIN_PAGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
