package jp.city.lms.security.presentation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import jp.city.lms.security.control.AccountIdentityStore;

/**
 * One way in for people and one for machines. People log in on the login page and keep a session; a
 * protected page sends them there first and back afterwards. The HR system and scripts call {@code
 * /api/*} with HTTP Basic and get 401, never a login page. Both end in the same identity store, so
 * roles mean the same everywhere.
 *
 * <p>Jakarta EE 10 allows one mechanism per application, hence one class for both.
 */
@ApplicationScoped
@AutoApplySession
public class LmsAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Session attribute: the page someone asked for before they had logged in. */
  public static final String ORIGINAL_REQUEST = "lms.originalRequest";

  public static final String LOGIN_PAGE = "/login.xhtml";

  @Inject AccountIdentityStore identityStore;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential login) {
      return context.notifyContainerAboutLogin(identityStore.validate(login));
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      CredentialValidationResult result = basic(authorization.substring(6).strip());
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      return challenge(response, context);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return challenge(response, context);
    }
    if ("GET".equals(request.getMethod())) {
      String query = request.getQueryString();
      request
          .getSession()
          .setAttribute(
              ORIGINAL_REQUEST, request.getRequestURI() + (query == null ? "" : "?" + query));
    }
    return context.redirect(request.getContextPath() + LOGIN_PAGE);
  }

  private CredentialValidationResult basic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return identityStore.validate(
        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static AuthenticationStatus challenge(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"lms\", charset=\"UTF-8\"");
    return context.responseUnauthorized();
  }
}
