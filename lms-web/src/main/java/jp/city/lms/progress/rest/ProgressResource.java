package jp.city.lms.progress.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.presentation.JsonBuilders;
import jp.city.lms.platform.rest.CallerLanguage;
import jp.city.lms.progress.boundary.ProgressReport;
import jp.city.lms.security.entity.Role;

/**
 * Progress toward the target as of a date (contract v1), default today: the whole city for the
 * training office and administrators, their scope for a manager, 403 for anybody else, 400 for a
 * date that is not one.
 */
@Path("progress")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN, Role.MANAGER})
public class ProgressResource {

  @EJB ProgressReport report;
  @Inject CityClock clock;
  @Context HttpHeaders headers;

  @GET
  public Response progress(@QueryParam("asOf") String asOf) {
    LocalDate date;
    try {
      date = asOf == null || asOf.isBlank() ? clock.today() : LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      boolean english = CallerLanguage.of(headers).equals(Locale.ENGLISH);
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
          .entity(
              JsonBuilders.object()
                  .add("error", "bad request")
                  .add(
                      "reason",
                      english
                          ? "asOf must be a date YYYY-MM-DD: " + asOf
                          : "asOf は日付（YYYY-MM-DD）で指定してください: " + asOf)
                  .build())
          .build();
    }
    return Response.ok(ProgressAnswer.of(report.asOf(date))).build();
  }
}
