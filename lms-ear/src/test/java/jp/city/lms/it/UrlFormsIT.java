package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.logging.Logger;
import jp.city.lms.demo.boundary.DemoData;
import jp.city.lms.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role rules hold for every address that could reach a view: every view the built WAR holds,
 * under every URL form a container or JSF might map to it ({@code /faces/}, suffix mappings, path
 * parameters, case, percent-encoding, empty and dot segments), for every role and for anonymous
 * callers. Only the canonical address of a view the role may open answers 200; a view the role may
 * not open answers 403 (anonymous callers and the HR feed, which cannot log in to pages, are sent
 * to the login page); every other form is refused (404, or 400 where the container refuses it
 * first, or the 403/login page of the folder it names) and never shows the view.
 *
 * <p>The rules below are the test's own statement of who may open what, not a copy of web.xml.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UrlFormsIT {

  private static final Logger LOG = Logger.getLogger(UrlFormsIT.class.getName());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private static final Set<String> PEOPLE =
      Set.of(Role.STAFF, Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN);

  /** Who may open the views of a folder; null: anyone, also without logging in. */
  private static Set<String> allowed(String folder, String file) {
    return switch (folder) {
      case "" -> file.equals("login.xhtml") ? null : PEOPLE;
      case "error" -> null;
      case "staff" -> PEOPLE;
      case "office" -> Set.of(Role.TRAINING_OFFICE, Role.ADMIN);
      case "admin" -> Set.of(Role.ADMIN);
      case "manager" -> Set.of(Role.MANAGER);
      // the indicator sheet and the skill evaluation of the trained are the city's reports, not a
      // team's: their pages refuse managers
      case "reports" ->
          Set.of("indicators.xhtml", "skill-evaluation.xhtml").contains(file)
              ? Set.of(Role.TRAINING_OFFICE, Role.ADMIN)
              : Set.of(Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN);
      default -> throw new IllegalStateException("a folder the test does not know: " + folder);
    };
  }

  /** The forms of one address: canonical first. */
  private static final Map<String, BiFunction<String, String, String>> FORMS = forms();

  private static Map<String, BiFunction<String, String, String>> forms() {
    Map<String, BiFunction<String, String, String>> forms = new LinkedHashMap<>();
    forms.put("canonical", (dir, file) -> dir + file);
    forms.put("/faces/ prefix", (dir, file) -> "faces/" + dir + file);
    forms.put(".jsf suffix", (dir, file) -> dir + file.replace(".xhtml", ".jsf"));
    forms.put(".faces suffix", (dir, file) -> dir + file.replace(".xhtml", ".faces"));
    forms.put("path parameter on the file", (dir, file) -> dir + file + ";x=1");
    forms.put(
        "path parameter on the folder",
        (dir, file) -> dir.isEmpty() ? ";x=1/" + file : dir.replace("/", ";x=1/") + file);
    forms.put("upper-case folder", (dir, file) -> dir.toUpperCase() + file.toUpperCase());
    forms.put("upper-case suffix", (dir, file) -> dir + file.replace(".xhtml", ".XHTML"));
    forms.put("encoded first letter", (dir, file) -> encodeFirst(dir + file));
    forms.put(
        "encoded slash",
        (dir, file) -> dir.isEmpty() ? "%2F" + file : dir.replace("/", "%2F") + file);
    forms.put("double slash", (dir, file) -> dir + "/" + file);
    forms.put("dot segment", (dir, file) -> dir + "./" + file);
    forms.put("parent segment", (dir, file) -> "staff/../" + dir + file);
    return forms;
  }

  private static String encodeFirst(String path) {
    return "%" + Integer.toHexString(path.charAt(0)).toUpperCase() + path.substring(1);
  }

  /** Views need their parameters to show anything. */
  private static final Map<String, String> QUERIES = Map.of("staff/course.xhtml", "?code=SV-BPR");

  @Test
  void onlyTheCanonicalAddressOfAViewTheRoleMayOpenAnswers200() throws Exception {
    List<String[]> views = views();
    Map<String, WebSession> sessions = new LinkedHashMap<>();
    sessions.put("anonymous", new WebSession(base));
    for (String role : PEOPLE) {
      sessions.put(role, WebSession.loggedIn(base, DemoData.logins().get(role), DemoData.PASSWORD));
    }
    WebSession feed = new WebSession(base);
    assertEquals(
        200, feed.logIn(Role.HR_FEED, DemoData.PASSWORD).statusCode(), "the HR feed has no pages");
    sessions.put(Role.HR_FEED, feed);

    List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger requests = new AtomicInteger();
    long started = System.nanoTime();
    ExecutorService callers = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (var session : sessions.entrySet()) {
        done.add(
            callers.submit(
                () -> {
                  crawl(views, session.getKey(), session.getValue(), wrong, requests);
                  return null;
                }));
      }
      for (Future<?> caller : done) {
        caller.get();
      }
    } finally {
      callers.shutdownNow();
    }
    LOG.info(
        () ->
            String.format(
                "URL forms: %d views x %d forms x %d callers = %d requests in %d ms",
                views.size(),
                FORMS.size(),
                sessions.size(),
                views.size() * FORMS.size() * sessions.size(),
                (System.nanoTime() - started) / 1_000_000));
    assertEquals(views.size() * FORMS.size() * sessions.size(), requests.get());
    assertTrue(wrong.isEmpty(), wrong.size() + " wrong answers:\n" + String.join("\n", wrong));
  }

  /** One caller's requests: every view under every form. */
  private static void crawl(
      List<String[]> views,
      String role,
      WebSession session,
      List<String> wrong,
      AtomicInteger requests)
      throws Exception {
    for (String[] view : views) {
      String dir = view[0].isEmpty() ? "" : view[0] + "/";
      String query = QUERIES.getOrDefault(dir + view[1], "");
      Set<String> allowed = allowed(view[0], view[1]);
      for (var form : FORMS.entrySet()) {
        String path = form.getValue().apply(dir, view[1]) + query;
        HttpRequest.Builder request = HttpRequest.newBuilder(session.uri(path));
        if (role.equals(Role.HR_FEED)) {
          // Basic on a page is not a login
          request.header("Authorization", WebSession.basic(Role.HR_FEED, DemoData.PASSWORD));
        }
        HttpResponse<String> answer = session.send(request.build());
        requests.incrementAndGet();
        int status = answer.statusCode();
        boolean toLogin =
            status == 302
                && answer.headers().firstValue("Location").orElse("").contains("/login.xhtml");
        boolean mayOpen = allowed == null || allowed.contains(role);
        boolean anonymous = role.equals("anonymous") || role.equals(Role.HR_FEED);
        boolean right;
        if (form.getKey().equals("canonical")) {
          right = mayOpen ? status == 200 : anonymous ? toLogin : status == 403;
        } else {
          right = status == 404 || status == 400 || status == 403 || toLogin;
        }
        if (status >= 500
            || answer.body().contains("at org.")
            || answer.body().contains("WildFly")) {
          right = false;
        }
        if (!right) {
          wrong.add(role + " " + form.getKey() + " /lms/" + path + " -> " + status);
        }
      }
    }
  }

  /** Every view of the built WAR: folder and file name, outside WEB-INF and resources. */
  private static List<String[]> views() {
    EnterpriseArchive ear =
        ShrinkWrap.create(ZipImporter.class, "lms.ear")
            .importFrom(new File("target/lms.ear"))
            .as(EnterpriseArchive.class);
    WebArchive war = ear.getAsType(WebArchive.class, "lms-web.war");
    List<String[]> views = new ArrayList<>();
    for (ArchivePath path : war.getContent().keySet()) {
      String name = path.get().substring(1);
      if (name.endsWith(".xhtml")
          && !name.startsWith("WEB-INF/")
          && !name.startsWith("resources/")) {
        int slash = name.lastIndexOf('/');
        views.add(
            new String[] {slash < 0 ? "" : name.substring(0, slash), name.substring(slash + 1)});
      }
    }
    assertTrue(views.size() >= 12, "views found: " + views.size());
    return views;
  }
}
