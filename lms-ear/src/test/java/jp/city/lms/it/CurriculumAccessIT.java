package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import jp.city.lms.demo.boundary.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The curriculum pages by role, checked on the server by direct URL: everybody reads the catalogue,
 * the training office (and administrators) schedule offerings, only administrators reload the
 * content.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CurriculumAccessIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, String> logins = DemoData.logins();

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
    "staff,           staff/catalogue.xhtml,              200",
    "staff,           staff/course.xhtml?code=SV-BPR,     200",
    "staff,           office/offerings.xhtml,             403",
    "staff,           admin/content.xhtml,                403",
    "manager,         staff/catalogue.xhtml,              200",
    "manager,         office/offerings.xhtml,             403",
    "training-office, office/offerings.xhtml,             200",
    "training-office, admin/content.xhtml,                403",
    "admin,           admin/content.xhtml,                200",
    "admin,           office/offerings.xhtml,             200",
    "hr-feed,         staff/catalogue.xhtml,              403"
  })
  void eachRoleReachesOnlyItsCurriculumPages(String role, String page, int status)
      throws Exception {
    String token = logins.get(role) + ":" + DemoData.PASSWORD;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.toExternalForm() + page))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)))
            .build();
    assertEquals(status, http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
  }
}
