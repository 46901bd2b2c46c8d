package jp.city.lms.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person logged in through the login page, as a browser would be (a session cookie), for tests
 * that read pages over plain HTTP.
 */
public final class FormLogin {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient http;
  private final String base;

  private FormLogin(HttpClient http, String base) {
    this.http = http;
    this.base = base;
  }

  /** Logs in on the login page of the application at {@code base} (ending in /lms/). */
  public static FormLogin as(String base, String username, String password) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    FormLogin login = new FormLogin(http, base);
    String page = login.get("login.xhtml").body();
    Matcher state = VIEW_STATE.matcher(page);
    if (!state.find()) {
      throw new IllegalStateException("no view state on the login page");
    }
    String form =
        "login=login&login%3Ausername="
            + enc(username)
            + "&login%3Apassword="
            + enc(password)
            + "&login%3Asubmit=&jakarta.faces.ViewState="
            + enc(state.group(1));
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", URI.create(base).resolve("/").toString().replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 302) {
      throw new IllegalStateException("login of " + username + " failed: " + answer.statusCode());
    }
    return login;
  }

  public HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
