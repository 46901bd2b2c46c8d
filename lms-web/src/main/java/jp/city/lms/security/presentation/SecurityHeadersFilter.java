package jp.city.lms.security.presentation;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Puts {@link SecurityHeaders} on every answer that passes the servlet chain (the login mechanism
 * adds them to the few it answers itself), and lets browsers keep versioned resources for a year.
 *
 * <p>PrimeFaces adds its page policy with {@code addHeader}; two policies would both apply and the
 * script-less one would block the page's scripts, so the page's policy replaces the default one.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** A JSF resource with its version in the address never changes under that address. */
  private static final String VERSIONED_FOREVER = "public, max-age=31536000, immutable";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    SecurityHeaders.apply(request, response);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String cacheControl;
    if (path.startsWith("/jakarta.faces.resource/")) {
      String query = request.getQueryString();
      // JSF would keep every resource for a week: too long for ours, too short for versioned ones
      cacheControl =
          query != null && (query.startsWith("v=") || query.contains("&v="))
              ? VERSIONED_FOREVER
              : "no-cache";
    } else if (path.equals("/favicon.ico")) {
      cacheControl = "public, max-age=86400";
    } else {
      // pages and REST answers hold personnel data: not for shared or back-button caches
      cacheControl = "no-store";
    }
    response.setHeader("Cache-Control", cacheControl);
    chain.doFilter(request, new Wrapped(response, cacheControl));
  }

  /**
   * Replaces rather than adds a Content-Security-Policy, and keeps the caching chosen here against
   * JSF's own.
   */
  private static final class Wrapped extends HttpServletResponseWrapper {
    private final String cacheControl;

    Wrapped(HttpServletResponse response, String cacheControl) {
      super(response);
      this.cacheControl = cacheControl;
    }

    private boolean isCaching(String name) {
      return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name);
    }

    @Override
    public void addHeader(String name, String value) {
      if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else if (!isCaching(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (isCaching(name)) {
        super.setHeader("Cache-Control", cacheControl);
      } else {
        super.setHeader(name, value);
      }
    }

    @Override
    public void setDateHeader(String name, long date) {
      if (!isCaching(name)) {
        super.setDateHeader(name, date);
      }
    }

    @Override
    public void addDateHeader(String name, long date) {
      if (!isCaching(name)) {
        super.addDateHeader(name, date);
      }
    }
  }
}
