package jp.city.lms.curriculum.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import jp.city.lms.curriculum.boundary.Catalogue;
import jp.city.lms.curriculum.boundary.Offerings;
import jp.city.lms.curriculum.entity.Offering;
import jp.city.lms.curriculum.entity.OfferingPlan;
import jp.city.lms.curriculum.entity.OfferingRuleException;
import jp.city.lms.security.entity.Role;

/**
 * Offerings over REST (contract v1): the training office and administrators schedule them; anyone
 * signed in reads one with its seats. A broken rule answers 422 naming the field.
 */
@Path("offerings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class OfferingResource {

  @EJB Offerings offerings;
  @EJB Catalogue catalogue;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public Response schedule(OfferingRequest request) {
    if (request == null) {
      throw new BadRequestException("the body must be a JSON object");
    }
    if (request.course() == null || request.course().isBlank()) {
      throw new OfferingRuleException("course", "required");
    }
    OfferingPlan plan =
        new OfferingPlan(
            parse(request.start(), "startsAt", "dateTimeFormat", LocalDateTime::parse),
            parse(request.end(), "endsAt", "dateTimeFormat", LocalDateTime::parse),
            parse(request.deadline(), "registrationDeadline", "dateFormat", LocalDate::parse),
            request.venue(),
            request.onlineUrl(),
            request.capacity(),
            request.instructor());
    List<OfferingPlan.Violation> violations = plan.violations();
    if (!violations.isEmpty()) {
      throw new OfferingRuleException(violations);
    }
    Offering offering = offerings.schedule(request.course(), plan);
    return Response.status(Response.Status.CREATED).entity(OfferingAnswer.of(offering)).build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.STAFF, Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
  public OfferingAnswer offering(@PathParam("id") long id) {
    return catalogue
        .offering(id)
        .map(OfferingAnswer::of)
        .orElseThrow(() -> new NotFoundException("no offering " + id));
  }

  private static <T> T parse(String text, String field, String rule, Function<String, T> parser) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return parser.apply(text.strip());
    } catch (DateTimeParseException e) {
      throw new OfferingRuleException(field, rule);
    }
  }
}
