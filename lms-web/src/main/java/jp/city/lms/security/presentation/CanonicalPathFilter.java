package jp.city.lms.security.presentation;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Every page answers at one address only: {@code /folder/page.xhtml}, lower case, without path
 * parameters, percent-encoding, empty or dot segments. The security constraints in web.xml match
 * URL patterns on that form; any other form that a container or JSF would still map to a view
 * ({@code /faces/admin/content.xhtml}, {@code admin/content.jsf}, {@code /admin;x/content.xhtml},
 * {@code /%61dmin/...}, {@code /ADMIN/...} on a case-insensitive disk) is answered 404 before it
 * reaches a view, so no role rule can be walked around by spelling the address differently.
 *
 * <p>Paths that are no page (the favicon, the servlets of the test harness) keep their spelling but
 * lose path parameters and dot segments too. The REST face keeps percent-encoding (an employee
 * number may be typed in full-width digits) and case (codes); its roles are checked per resource,
 * whatever the path looks like. JSF resources keep case too (library file names). Both still lose
 * path parameters and dot segments.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST})
public class CanonicalPathFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Lower-case segments of letters, digits, '-', '_' and '.', none empty and none only dots. */
  private static final Pattern PAGE_PATH = Pattern.compile("(/(?!\\.+(/|$))[a-z0-9._-]+)*/?");

  /** What the pages' paths must look like; exposed for the tests' list of URL forms. */
  static boolean isCanonical(String contextPath, String rawUri) {
    if (!rawUri.startsWith(contextPath)) {
      return false;
    }
    String path = rawUri.substring(contextPath.length());
    if (path.isEmpty()) {
      return true;
    }
    if (path.indexOf(';') >= 0
        || path.contains("//")
        || path.contains("/./")
        || path.contains("/../")
        || path.endsWith("/.")
        || path.endsWith("/..")) {
      return false;
    }
    if (path.startsWith("/api/") || path.startsWith("/jakarta.faces.resource/")) {
      return true;
    }
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.startsWith("/faces/") || lower.endsWith(".jsf") || lower.endsWith(".faces")) {
      return false;
    }
    // a page, or what a case-insensitive or decoding layer might take for one; other paths (the
    // favicon, servlets) are not views
    boolean page = lower.endsWith(".xhtml") || lower.contains("%") || lower.endsWith("/");
    return !page || PAGE_PATH.matcher(path).matches();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!isCanonical(request.getContextPath(), request.getRequestURI())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }
}
