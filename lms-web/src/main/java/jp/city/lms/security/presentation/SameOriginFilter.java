package jp.city.lms.security.presentation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import jp.city.lms.platform.presentation.JsonBuilders;

/**
 * Against cross-site request forgery on the REST face: a call that changes something (anything but
 * GET, HEAD, OPTIONS) and rides on the session cookie must come from a page of this site, as its
 * Origin header (or, where a browser sends none, its Referer) shows; otherwise 403. Calls with HTTP
 * Basic carry their credentials themselves, which another site cannot make a browser send, so they
 * need no origin. The session cookie is SameSite=Lax as well (undertow-handlers.conf); this is the
 * check that does not depend on the browser.
 *
 * <p>Pages are covered by JSF: every form post carries the view state, which another site cannot
 * know.
 */
@WebFilter("/api/*")
public class SameOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE.contains(request.getMethod())
        || request.getRequestedSessionId() == null
        || isBasic(request)
        || sameOrigin(request)) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json;charset=UTF-8");
    String languages = request.getHeader("Accept-Language");
    boolean english = languages != null && languages.strip().toLowerCase().startsWith("en");
    response
        .getWriter()
        .write(
            JsonBuilders.object()
                .add("error", "cross-site request")
                .add(
                    "reason",
                    english
                        ? "A change through the session must come from this site's pages."
                        : "セッションによる変更はこのサイトのページからのみ受け付けます。")
                .build()
                .toString());
  }

  private static boolean isBasic(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
  }

  /** Origin (or Referer) names this very scheme, host and port. */
  static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.isBlank() || "null".equals(origin)) {
      origin = request.getHeader("Referer");
    }
    if (origin == null || origin.isBlank()) {
      return false;
    }
    try {
      URI from = new URI(origin.strip());
      String host = request.getHeader("Host");
      if (from.getScheme() == null || from.getHost() == null || host == null) {
        return false;
      }
      int port = from.getPort() == -1 ? defaultPort(from.getScheme()) : from.getPort();
      String expected = from.getHost() + (port == defaultPort(from.getScheme()) ? "" : ":" + port);
      return from.getScheme().equalsIgnoreCase(request.getScheme())
          && (expected.equalsIgnoreCase(host)
              || (from.getHost() + ":" + port).equalsIgnoreCase(host));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static int defaultPort(String scheme) {
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }
}
