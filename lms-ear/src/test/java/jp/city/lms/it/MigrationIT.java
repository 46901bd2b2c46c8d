package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
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
  void everyMigrationIsAppliedAndTheSchemaIsThere() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      System.out.println("Migrations checked on " + product);
      List<String> failed = new ArrayList<>();
      int applied = 0;
      try (ResultSet rows =
          connection
              .createStatement()
              .executeQuery("SELECT version, success FROM flyway_schema_history")) {
        while (rows.next()) {
          applied++;
          if (!rows.getBoolean("success")) {
            failed.add(rows.getString("version"));
          }
        }
      }
      assertTrue(applied >= 1, "no migration recorded on " + product);
      assertEquals(List.of(), failed, "failed migrations on " + product);
      for (String table : List.of("org_unit", "staff", "user_account", "account_role")) {
        try (ResultSet rows =
            connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
          assertTrue(rows.next(), table);
        }
      }
      assertFalse(product.isBlank());
    }
  }
}
