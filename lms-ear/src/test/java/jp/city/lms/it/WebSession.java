package jp.city.lms.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser reduced to an HTTP client with a cookie jar: logs in through the login form as
 * people do (HTTP Basic works on the REST face only) and then requests addresses exactly as given,
 * without following redirects, so that tests see each answer as the server gave it.
 */
public final class WebSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

  /** PrimeFaces' CSP mode puts a nonce into every form post, as its script does in browsers. */
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");

  private final URL base;
  private final HttpClient http;

  public WebSession(URL base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Logs in with the form; answers the login's answer (302 to the page on success). */
  public HttpResponse<String> logIn(String username, String password)
      throws IOException, InterruptedException {
    HttpResponse<String> form = get("login.xhtml");
    Matcher state = VIEW_STATE.matcher(form.body());
    if (!state.find()) {
      throw new IllegalStateException("no view state on the login page: " + form.body());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("login:username", username);
    fields.put("login:password", password);
    fields.put("login:submit", "");
    fields.put("jakarta.faces.ViewState", state.group(1));
    Matcher nonce = NONCE.matcher(form.body());
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1).replace("\\/", "/"));
    }
    return post("login.xhtml", fields, base.getProtocol() + "://" + base.getAuthority());
  }

  /** A session of someone logged in, or an exception. */
  public static WebSession loggedIn(URL base, String username, String password)
      throws IOException, InterruptedException {
    WebSession session = new WebSession(base);
    HttpResponse<String> answer = session.logIn(username, password);
    if (answer.statusCode() != 302
        || answer.headers().firstValue("Location").orElse("").contains("/error/")) {
      throw new IllegalStateException(
          "login of " + username + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return session;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  public HttpResponse<String> post(String path, Map<String, String> fields, String origin)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return send(request.build());
  }

  public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The client with this session's cookies, for answers that are not text. */
  public HttpClient client() {
    return http;
  }

  /** The address as given, relative to the application, not normalised by any URI class. */
  public URI uri(String path) {
    return URI.create(base.toExternalForm() + path);
  }

  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
