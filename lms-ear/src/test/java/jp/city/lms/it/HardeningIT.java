package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import jp.city.lms.demo.boundary.DemoData;
import jp.city.lms.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a browser or another site sees of the application's defences: the security headers on pages,
 * resources, REST and error answers; cookies; CSRF on the REST face (refused from another origin,
 * accepted from this one and with Basic); errors without stack traces or versions; stale or forged
 * forms and ended sessions leading to a page that says so, also for Ajax requests; compression and
 * caching of resources.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private String origin() {
    return base.getProtocol() + "://" + base.getAuthority();
  }

  private static void assertSecurityHeaders(HttpResponse<?> answer, String what) {
    var headers = answer.headers();
    List<String> policies = headers.allValues("Content-Security-Policy");
    assertEquals(1, policies.size(), what + ": one policy " + policies);
    assertTrue(policies.get(0).contains("frame-ancestors 'none'"), what + policies);
    assertTrue(policies.get(0).contains("script-src"), what + policies);
    String scripts = policies.get(0).substring(policies.get(0).indexOf("script-src"));
    assertFalse(scripts.contains("unsafe-inline"), what + policies);
    assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), what);
    assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), what);
    assertTrue(headers.firstValue("Referrer-Policy").isPresent(), what);
    assertTrue(headers.firstValue("Server").isEmpty(), what + " Server header");
    assertTrue(headers.firstValue("X-Powered-By").isEmpty(), what + " X-Powered-By");
  }

  @Test
  void everyKindOfAnswerCarriesTheSecurityHeaders() throws Exception {
    WebSession anonymous = new WebSession(base);
    HttpResponse<String> login = anonymous.get("login.xhtml");
    assertSecurityHeaders(login, "page");
    assertTrue(
        login.headers().firstValue("Content-Security-Policy").orElseThrow().contains("'nonce-"),
        "pages' scripts carry a nonce");
    assertFalse(
        java.util.regex.Pattern.compile("<script(?![^>]*\\b(src|nonce)=)[^>]*>")
            .matcher(login.body())
            .find(),
        "no inline script without a nonce: " + login.body());
    assertSecurityHeaders(anonymous.get("index.xhtml"), "login redirect");
    assertSecurityHeaders(anonymous.get("jakarta.faces.resource/css/lms.css.xhtml"), "resource");
    assertSecurityHeaders(anonymous.get("api/health"), "REST");
    assertSecurityHeaders(anonymous.get("api/registry/staff/0000000"), "REST 401");
    assertSecurityHeaders(anonymous.get("no-such-page.xhtml"), "404 page");
    assertSecurityHeaders(anonymous.get("faces/index.xhtml"), "refused form");
    WebSession staff =
        WebSession.loggedIn(base, DemoData.logins().get(Role.STAFF), DemoData.PASSWORD);
    assertSecurityHeaders(staff.get("admin/content.xhtml"), "403 page");
    assertSecurityHeaders(staff.get("api/no-such-resource"), "REST 404");
  }

  @Test
  void restErrorsAnswerTheContractsJson() throws Exception {
    WebSession staff =
        WebSession.loggedIn(base, DemoData.logins().get(Role.STAFF), DemoData.PASSWORD);
    // someone else's record: staff see only their own
    HttpResponse<String> forbidden =
        staff.get("api/registry/staff/" + DemoData.logins().get(Role.MANAGER));
    assertEquals(403, forbidden.statusCode());
    assertJsonError(forbidden);
    HttpResponse<String> unknown = staff.get("api/no-such-resource");
    assertEquals(404, unknown.statusCode());
    assertJsonError(unknown);
    HttpResponse<String> unauthorized = new WebSession(base).get("api/registry/staff/0000000");
    assertEquals(401, unauthorized.statusCode());
    assertJsonError(unauthorized);
  }

  private static void assertJsonError(HttpResponse<String> answer) {
    assertTrue(
        answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        answer.headers().toString());
    assertTrue(answer.body().startsWith("{\"error\":"), answer.body());
    assertTrue(answer.body().contains("\"reason\":"), answer.body());
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
    WebSession session = new WebSession(base);
    HttpResponse<String> login = session.get("login.xhtml");
    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError(login.headers().toString()));
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax") || cookie.contains("SameSite=Strict"), cookie);
    assertFalse(cookie.contains("Secure"), "plain HTTP here: " + cookie);
  }

  @Test
  void changesThroughTheSessionMustComeFromThisSite() throws Exception {
    WebSession admin =
        WebSession.loggedIn(base, DemoData.logins().get(Role.ADMIN), DemoData.PASSWORD);
    HttpResponse<String> forged =
        admin.send(snapshots().header("Origin", "https://evil.example").build());
    assertEquals(403, forged.statusCode(), forged.body());
    assertJsonError(forged);
    HttpResponse<String> noOrigin = admin.send(snapshots().build());
    assertEquals(403, noOrigin.statusCode(), "neither Origin nor Referer: " + noOrigin.body());
    HttpResponse<String> foreignReferer =
        admin.send(snapshots().header("Referer", "http://evil.example/page").build());
    assertEquals(403, foreignReferer.statusCode());

    // from this site, the call reaches the resource, which finds the files missing: 400
    HttpResponse<String> same = admin.send(snapshots().header("Origin", origin()).build());
    assertEquals(400, same.statusCode(), same.body());
    HttpResponse<String> referer =
        admin.send(
            snapshots().header("Referer", origin() + "/lms/office/registry-import.xhtml").build());
    assertEquals(400, referer.statusCode(), referer.body());

    // Basic carries its own credentials: no origin needed
    HttpResponse<String> basic =
        new WebSession(base)
            .send(
                snapshots()
                    .header("Origin", "https://evil.example")
                    .header("Authorization", WebSession.basic(Role.HR_FEED, DemoData.PASSWORD))
                    .build());
    assertEquals(400, basic.statusCode(), basic.body());
  }

  private HttpRequest.Builder snapshots() {
    return HttpRequest.newBuilder(new WebSession(base).uri("api/registry/snapshots?dryRun=true"))
        .header("Content-Type", "multipart/form-data; boundary=xyz")
        .POST(HttpRequest.BodyPublishers.ofString("--xyz--\r\n"));
  }

  @Test
  void aStaleOrForgedFormLeadsToAPageThatSaysSo() throws Exception {
    WebSession session = new WebSession(base);
    session.get("login.xhtml");
    HttpResponse<String> forged =
        session.post(
            "login.xhtml",
            Map.of(
                "login", "login",
                "login:username", "x",
                "login:password", "y",
                "jakarta.faces.ViewState", "-123:456"),
            origin());
    assertEquals(302, forged.statusCode(), forged.body());
    String to = forged.headers().firstValue("Location").orElseThrow();
    assertTrue(to.contains("/lms/error/expired.xhtml"), to);
    HttpResponse<String> page = session.get(to.substring(to.indexOf("/lms/") + 5));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("id=\"expired\""), page.body());
    assertTrue(page.body().contains("/lms/login.xhtml"), "a way back to the page");
    assertNoInternals(page.body());

    HttpResponse<String> ajax =
        session.send(
            HttpRequest.newBuilder(session.uri("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "login=login&jakarta.faces.partial.ajax=true&jakarta.faces.source=login:submit"
                            + "&jakarta.faces.partial.execute=%40all&jakarta.faces.ViewState=-1%3A2"))
                .build());
    assertEquals(200, ajax.statusCode());
    assertTrue(ajax.body().contains("<redirect url=\"/lms/error/expired.xhtml"), ajax.body());
  }

  @Test
  void anEndedSessionSendsAjaxRequestsToTheLoginPage() throws Exception {
    WebSession office =
        WebSession.loggedIn(base, DemoData.logins().get(Role.TRAINING_OFFICE), DemoData.PASSWORD);
    office.get("office/offerings.xhtml");
    HttpClient stranger = HttpClient.newHttpClient();
    HttpResponse<String> ajax =
        stranger.send(
            HttpRequest.newBuilder(office.uri("office/offerings.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .header("Cookie", "JSESSIONID=ended-long-ago")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ajax.statusCode());
    assertTrue(ajax.body().contains("<redirect url=\"/lms/login.xhtml?expired"), ajax.body());

    HttpResponse<String> page =
        stranger.send(
            HttpRequest.newBuilder(office.uri("office/offerings.xhtml"))
                .header("Cookie", "JSESSIONID=ended-long-ago")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(302, page.statusCode());
    assertTrue(
        page.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml?expired"));
    HttpResponse<String> login = new WebSession(base).get("login.xhtml?expired");
    assertTrue(login.body().contains("id=\"login:expired\""), login.body());
  }

  @Test
  void errorsShowNoStackTraceAndNoVersion() throws Exception {
    WebSession anonymous = new WebSession(base);
    for (String path :
        List.of(
            "faces/index.xhtml",
            "faces/no-such.xhtml",
            "index.jsf",
            "no-such-page.xhtml",
            "staff/course.xhtml?code=%00",
            "jakarta.faces.resource/..%2F..%2FWEB-INF%2Fweb.xml.xhtml",
            "api/registry/snapshots")) {
      HttpResponse<String> answer = anonymous.get(path);
      assertNotEquals(500, answer.statusCode(), path);
      assertNoInternals(answer.body());
    }
  }

  private static void assertNoInternals(String body) {
    for (String internal :
        List.of(
            "\tat ",
            "at org.",
            "at jakarta.",
            "Caused by",
            "WildFly",
            "Undertow",
            "Mojarra",
            "Weld")) {
      assertFalse(body.contains(internal), internal + " in " + body);
    }
  }

  @Test
  void textIsCompressedAndVersionedResourcesAreKeptForAYear() throws Exception {
    WebSession anonymous = new WebSession(base);
    String page = anonymous.get("login.xhtml").body();
    var script =
        java.util.regex.Pattern.compile("src=\"/lms/(jakarta\\.faces\\.resource/[^\"]*v=[^\"]*)\"")
            .matcher(page);
    assertTrue(script.find(), page);
    String resource = script.group(1).replace("&amp;", "&");
    HttpResponse<byte[]> zipped =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(anonymous.uri(resource))
                    .header("Accept-Encoding", "gzip")
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, zipped.statusCode());
    assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(null));
    String text =
        new String(
            new GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body())).readAllBytes(),
            StandardCharsets.UTF_8);
    assertFalse(text.isEmpty());
    assertTrue(
        zipped.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"),
        zipped.headers().toString());
    assertEquals(200, anonymous.get("favicon.ico").statusCode());
  }

  @Test
  void theFirstPageWeighsLessThanHalfWithCompression() throws Exception {
    WebSession staff =
        WebSession.loggedIn(base, DemoData.logins().get(Role.STAFF), DemoData.PASSWORD);
    String page = staff.get("staff/catalogue.xhtml").body();
    java.util.Set<String> parts = new java.util.LinkedHashSet<>();
    parts.add("staff/catalogue.xhtml");
    var linked =
        java.util.regex.Pattern.compile("(?:src|href)=\"/lms/(jakarta\\.faces\\.resource/[^\"]+)\"")
            .matcher(page);
    while (linked.find()) {
      parts.add(linked.group(1).replace("&amp;", "&"));
    }
    long plain = 0;
    long zipped = 0;
    for (String part : parts) {
      plain += weight(staff, part, "identity");
      zipped += weight(staff, part, "gzip");
    }
    long plainBytes = plain;
    long zippedBytes = zipped;
    java.util.logging.Logger.getLogger(HardeningIT.class.getName())
        .info(
            () ->
                "First page (catalogue and its "
                    + (parts.size() - 1)
                    + " scripts and style sheets): "
                    + plainBytes
                    + " bytes plain, "
                    + zippedBytes
                    + " bytes with gzip");
    assertTrue(zipped * 2 < plain, zipped + " of " + plain);
  }

  private static long weight(WebSession session, String path, String encoding) throws Exception {
    HttpResponse<byte[]> answer =
        session
            .client()
            .send(
                HttpRequest.newBuilder(session.uri(path))
                    .header("Accept-Encoding", encoding)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, answer.statusCode(), path);
    return answer.body().length;
  }
}
