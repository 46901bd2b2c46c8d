package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import jp.city.lms.platform.boundary.DatabaseMigration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Flyway migrations ran, all of them successfully, on whichever database the server was given.
 */
@ExtendWith(ArquillianExtension.class)
class MigrationIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Resource(lookup = "java:jboss/datasources/LmsDS")
  DataSource dataSource;

  @Test
  void everyMigrationInTheApplicationIsAppliedSuccessfully() throws Exception {
    // resolve the migrations the way the application does, from its own jar
    MigrationInfoService migrations =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .info();
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    }
    System.out.println("Migrations checked on " + product);
    assertEquals(0, migrations.pending().length, "pending on " + product);
    assertTrue(migrations.applied().length >= 4, "registry, history, curriculum, lock");
    for (MigrationInfo migration : migrations.all()) {
      assertEquals(
          MigrationState.SUCCESS,
          migration.getState(),
          migration.getVersion() + " " + migration.getDescription() + " on " + product);
    }
    try (Connection connection = dataSource.getConnection();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery("SELECT gen_name FROM id_gen WHERE gen_name = 'registry_import'")) {
      assertTrue(rows.next(), "the last migration's row is there");
    }
  }
}
