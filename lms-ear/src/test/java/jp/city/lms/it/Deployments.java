package jp.city.lms.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of every integration test: the EAR exactly as the build made it, plus the test
 * classes in its WAR so that in-container tests can inject the boundaries. Nothing is listed by
 * hand, so a test can never pass on a deployment that differs from what people run.
 */
public final class Deployments {

  private static final File BUILT_EAR = new File("target/lms.ear");

  private Deployments() {}

  public static EnterpriseArchive ear() {
    if (!BUILT_EAR.isFile()) {
      throw new IllegalStateException(
          BUILT_EAR.getAbsolutePath() + " is missing: run `mvnw verify`");
    }
    EnterpriseArchive ear =
        ShrinkWrap.create(ZipImporter.class, "lms.ear")
            .importFrom(BUILT_EAR)
            .as(EnterpriseArchive.class);
    WebArchive war = ear.getAsType(WebArchive.class, "lms-web.war");
    // the in-container tests and their helpers; browser tests (a sub-package) run as clients
    war.addPackages(false, Deployments.class.getPackage());
    ear.addAsModule(Testable.archiveToTest(war));
    return ear;
  }
}
