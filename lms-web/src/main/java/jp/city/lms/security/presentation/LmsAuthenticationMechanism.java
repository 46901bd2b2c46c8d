package jp.city.lms.security.presentation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import jp.city.lms.audit.control.ClientAddress;
import jp.city.lms.audit.entity.Change;
import jp.city.lms.platform.presentation.JsonBuilders;
import jp.city.lms.security.control.AccountIdentityStore;
import jp.city.lms.security.control.LoginThrottle;
import jp.city.lms.security.entity.Role;

/**
 * One way in for people and one for machines. People log in on the login page and keep a session; a
 * protected page sends them there first and back afterwards. The HR system and scripts call {@code
 * /api/*} with HTTP Basic, get a JSON 401 and never a login page, and open no session: Basic is
 * read on {@code /api/*} only, so a browser that has Basic credentials cached cannot use them on
 * pages. Both end in the same identity store, so roles mean the same everywhere; an account with no
 * role for pages (the HR feed) cannot log in to them. Every attempt passes the {@link
 * LoginThrottle} first, and failures and lockouts go into the audit log.
 *
 * <p>Jakarta EE 10 allows one mechanism per application, hence one class for both. The session is
 * applied by hand rather than with {@code @AutoApplySession}, which would register a session for
 * every successful Basic call too.
 */
@ApplicationScoped
public class LmsAuthenticationMechanism implements HttpAuthenticationMechanism {

  private static final Logger LOG = Logger.getLogger(LmsAuthenticationMechanism.class.getName());

  /** Session attribute: the page someone asked for before they had logged in. */
  public static final String ORIGINAL_REQUEST = "lms.originalRequest";

  public static final String LOGIN_PAGE = "/login.xhtml";

  /** The login page's parameter saying that the session had ended. */
  public static final String EXPIRED = "expired";

  private static final Set<String> PAGE_ROLES =
      Set.of(Role.STAFF, Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN);

  @Inject AccountIdentityStore identityStore;
  @Inject LoginThrottle throttle;
  @Inject Event<Change.OnBehalf> audit;
  @Inject Instance<ClientAddress> clientAddress;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    remember(request);
    boolean api = isApi(request);
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential login) {
      CredentialValidationResult result = check(login, request);
      if (result.getStatus() == CredentialValidationResult.Status.VALID
          && result.getCallerGroups().stream().noneMatch(PAGE_ROLES::contains)) {
        result = CredentialValidationResult.INVALID_RESULT;
      }
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
      }
      return context.notifyContainerAboutLogin(result);
    }
    String authorization = request.getHeader("Authorization");
    if (api && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      CredentialValidationResult result = basic(authorization.substring(6).strip(), request);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      return challenge(request, response);
    }
    Principal session = request.getUserPrincipal();
    if (session != null) {
      return continueSession(context, session);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (api) {
      return challenge(request, response);
    }
    return toLoginPage(request, response, context);
  }

  /** What {@code @AutoApplySession} does: the session's caller, without asking again. */
  private static AuthenticationStatus continueSession(HttpMessageContext context, Principal session)
      throws AuthenticationException {
    try {
      context
          .getHandler()
          .handle(
              new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), session)});
    } catch (IOException | UnsupportedCallbackException e) {
      throw new AuthenticationException(e);
    }
    return AuthenticationStatus.SUCCESS;
  }

  /**
   * Someone without a (live) session on a protected page: to the login page, and back here after.
   * An Ajax request (a dialog's save) cannot follow a redirect to a page, so it gets JSF's own
   * redirect instruction; either way the login page says that the session had ended.
   */
  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    boolean ended = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
    String login = request.getContextPath() + LOGIN_PAGE + (ended || ajax ? "?" + EXPIRED : "");
    if ("GET".equals(request.getMethod()) || ajax) {
      String query = ajax ? null : request.getQueryString();
      request
          .getSession()
          .setAttribute(
              ORIGINAL_REQUEST, request.getRequestURI() + (query == null ? "" : "?" + query));
    }
    SecurityHeaders.apply(request, response);
    if (!ajax) {
      return context.redirect(login);
    }
    try {
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType("text/xml;charset=UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + login
                  + "\"></redirect></partial-response>");
      response.flushBuffer();
    } catch (IOException e) {
      throw new AuthenticationException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private CredentialValidationResult basic(String encoded, HttpServletRequest request) {
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
    return check(
        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)),
        request);
  }

  /**
   * The identity store's answer, unless the throttle refuses to ask it. Employee numbers are
   * NFKC-normalised first, so full-width digits log in too.
   */
  private CredentialValidationResult check(
      UsernamePasswordCredential login, HttpServletRequest request) {
    String name = Normalizer.normalize(login.getCaller(), Normalizer.Form.NFKC).strip();
    String address = request.getRemoteAddr();
    if (throttle.before(name, address) == LoginThrottle.Verdict.REFUSE) {
      LOG.warning(() -> "Login refused while locked: " + printable(name) + " from " + address);
      audit.fire(
          new Change.OnBehalf(new Change("login.refused", name, "locked, from " + address), name));
      return CredentialValidationResult.INVALID_RESULT;
    }
    CredentialValidationResult result =
        identityStore.validate(new UsernamePasswordCredential(name, login.getPassword()));
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      throttle.succeeded(name);
      return result;
    }
    boolean locked = throttle.failed(name, address);
    LOG.warning(
        () -> "Login failed: " + printable(name) + " from " + address + (locked ? ", locked" : ""));
    audit.fire(new Change.OnBehalf(new Change("login.failed", name, "from " + address), name));
    if (locked) {
      audit.fire(new Change.OnBehalf(new Change("login.locked", name, "from " + address), name));
    }
    return result;
  }

  private void remember(HttpServletRequest request) {
    try {
      clientAddress.get().set(request.getRemoteAddr());
    } catch (ContextNotActiveException noRequestScope) {
      // the audit log then records no address
    }
  }

  /** A name as typed goes into the log without line breaks that could forge entries. */
  private static String printable(String name) {
    String flat = name.replaceAll("\\p{Cntrl}", "?");
    return flat.length() > 64 ? flat.substring(0, 64) : flat;
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  /** 401 with the contract's JSON error, in the caller's language. */
  private static AuthenticationStatus challenge(
      HttpServletRequest request, HttpServletResponse response) throws AuthenticationException {
    SecurityHeaders.apply(request, response);
    response.setHeader("WWW-Authenticate", "Basic realm=\"lms\", charset=\"UTF-8\"");
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/json;charset=UTF-8");
    String languages = request.getHeader("Accept-Language");
    boolean english = languages != null && languages.strip().toLowerCase().startsWith("en");
    try {
      response
          .getWriter()
          .write(
              JsonBuilders.object()
                  .add("error", "unauthorized")
                  .add(
                      "reason",
                      english
                          ? "Log in with HTTP Basic as a user with a role for this call."
                          : "この呼び出しの権限を持つ利用者として HTTP Basic で認証してください。")
                  .build()
                  .toString());
      // committed now, so that nothing after the mechanism replaces it with an HTML error page
      response.flushBuffer();
    } catch (IOException e) {
      throw new AuthenticationException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
