package jp.city.lms.enrolment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import jp.city.lms.enrolment.boundary.Enrolments;
import jp.city.lms.enrolment.boundary.Enrolments.Place;
import jp.city.lms.enrolment.entity.Enrolment;
import jp.city.lms.platform.presentation.JsonBuilders;
import jp.city.lms.security.entity.Role;

/**
 * Places in an offering (contract v1): staff ask for one for themselves, the training office and
 * administrators for anyone; the same rules as the pages, as the same boundary keeps them.
 */
@Path("offerings/{id}/enrolments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Role.STAFF, Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
public class EnrolmentResource {

  @EJB Enrolments enrolments;

  /** {@code {"employeeNo": "0001234"}}; staff may leave the body or the field out. */
  @POST
  public Response enrol(@PathParam("id") long offering, String body) {
    Place place = enrolments.enrol(offering, employeeNo(body));
    return Response.status(Response.Status.CREATED).entity(answer(place)).build();
  }

  @DELETE
  @Path("{employeeNo}")
  public Response withdraw(
      @PathParam("id") long offering, @PathParam("employeeNo") String employeeNo) {
    enrolments.withdraw(offering, employeeNo);
    return Response.noContent().build();
  }

  static EnrolmentAnswer answer(Place place) {
    Enrolment enrolment = place.enrolment();
    return new EnrolmentAnswer(
        enrolment.getOffering().getId(),
        enrolment.getStaff().getEmployeeNo(),
        enrolment.getStatus().name(),
        place.waitlistPosition());
  }

  private static String employeeNo(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try (var reader = JsonBuilders.reader(new StringReader(body))) {
      JsonObject object = reader.readObject();
      JsonValue value = object.get("employeeNo");
      if (value == null || value == JsonValue.NULL) {
        return null;
      }
      if (value instanceof JsonString text) {
        return text.getString();
      }
      throw new BadRequestException("employeeNo must be a string");
    } catch (JsonException | ClassCastException e) {
      throw new BadRequestException("the body must be a JSON object", e);
    }
  }
}
