package jp.city.lms.skills.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jp.city.lms.platform.presentation.JsonBuilders;
import jp.city.lms.security.entity.Role;
import jp.city.lms.skills.boundary.Assessments;
import jp.city.lms.skills.entity.Assessment;
import jp.city.lms.skills.entity.AssessmentRefusedException;
import jp.city.lms.skills.entity.AssessmentRefusedException.Reason;

/**
 * Records an assessment (contract v1): {@code {"employeeNo", "skill", "level", "source",
 * "assessedOn"}} answers 201 with the stored assessment; the rules are the boundary's, as for the
 * pages. {@code assessedOn} may be left out for today.
 */
@Path("assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Role.STAFF, Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
public class AssessmentResource {

  @EJB Assessments assessments;
  @Context UriInfo uri;

  @POST
  public Response record(String body) {
    JsonObject request = object(body);
    Assessment stored =
        assessments.record(
            text(request, "employeeNo"),
            text(request, "skill"),
            level(request),
            text(request, "source"),
            date(request));
    return Response.created(
            uri.getBaseUriBuilder()
                .path("staff/{no}/skills")
                .build(stored.getStaff().getEmployeeNo()))
        .entity(AssessmentAnswer.of(stored))
        .build();
  }

  private static JsonObject object(String body) {
    if (body == null || body.isBlank()) {
      throw new BadRequestException("the body must be a JSON object");
    }
    try (var reader = JsonBuilders.reader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | ClassCastException | IllegalStateException e) {
      throw new BadRequestException("the body must be a JSON object", e);
    }
  }

  private static String text(JsonObject request, String field) {
    JsonValue value = request.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString string) {
      return string.getString();
    }
    throw new BadRequestException(field + " must be a string");
  }

  private static Integer level(JsonObject request) {
    JsonValue value = request.get("level");
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.intValueExact();
      } catch (ArithmeticException e) {
        throw new BadRequestException("level must be a whole number", e);
      }
    }
    throw new BadRequestException("level must be a whole number");
  }

  private static LocalDate date(JsonObject request) {
    String value = text(request, "assessedOn");
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new AssessmentRefusedException(Reason.INVALID_DATE, value);
    }
  }
}
