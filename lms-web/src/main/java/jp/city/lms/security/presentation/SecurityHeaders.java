package jp.city.lms.security.presentation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries, pages, resources, REST and errors alike: no framing by other
 * sites, no content sniffing, no full address in the Referer to other sites, HSTS over HTTPS, and a
 * Content-Security-Policy. Pages get PrimeFaces' policy instead (the same one plus a nonce for
 * their scripts, see web.xml); everything else gets this one, which allows no script at all.
 */
final class SecurityHeaders {

  static final String CSP = "Content-Security-Policy";

  static final String POLICY =
      "default-src 'self'; img-src 'self' data:; font-src 'self' data:;"
          + " style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'; script-src 'none'";

  /** One year: browsers keep to HTTPS for that long once they have seen it. */
  private static final String HSTS = "max-age=31536000; includeSubDomains";

  private SecurityHeaders() {}

  static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader(CSP, POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
  }
}
