package jp.city.lms.platform.rest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Ready means the database answers: {@code GET /lms/api/health}, open to anyone, for operators and
 * for scripts that wait for the server (200 UP, 503 DOWN). MicroProfile Health's own endpoint on
 * the management port reports only the server, because it does not see checks inside an EAR's
 * modules.
 */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReadinessResource {

  @Resource(lookup = "java:jboss/datasources/LmsDS")
  DataSource dataSource;

  @GET
  public Response ready() {
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(2);
      return Response.status(valid ? 200 : 503)
          .entity(Readiness.of(valid, connection.getMetaData().getDatabaseProductName()))
          .build();
    } catch (SQLException e) {
      return Response.status(503)
          .entity(Readiness.unreachable(String.valueOf(e.getMessage())))
          .build();
    }
  }
}
