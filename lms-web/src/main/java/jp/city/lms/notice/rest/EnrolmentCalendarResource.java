package jp.city.lms.notice.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.city.lms.notice.boundary.EnrolmentCalendar;
import jp.city.lms.platform.rest.ErrorAnswer;

/**
 * The calendar file of an enrolment ({@code GET /lms/api/enrolments/{id}/calendar.ics}): for the
 * person, the training office and administrators; 403 for anyone else, 404 for an unknown one.
 */
@Path("enrolments/{id}/calendar.ics")
@RequestScoped
public class EnrolmentCalendarResource {

  @EJB EnrolmentCalendar calendar;

  @GET
  @Produces("text/calendar;charset=UTF-8")
  public Response ics(@PathParam("id") long id) {
    return calendar
        .of(id)
        .map(
            file ->
                Response.ok(file.content(), "text/calendar;charset=UTF-8")
                    .header(
                        "Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                    .build())
        .orElseGet(
            () ->
                Response.status(Response.Status.NOT_FOUND)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new ErrorAnswer("no enrolment " + id))
                    .build());
  }
}
