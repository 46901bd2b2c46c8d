package jp.city.lms.skills.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.security.entity.Role;
import jp.city.lms.skills.boundary.Assessments;

/**
 * Someone's skills as of a date (contract v1; today without {@code asOf}): one element per skill of
 * the framework, in its order, so that every answer has the same shape and a skill nobody has
 * assessed yet shows its target against nulls. Access as for learning: the person, their managers
 * (as of today), the training office and administrators; anybody else 403, an unknown person 404.
 */
@Path("staff/{employeeNo}/skills")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Role.STAFF, Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
public class StaffSkillsResource {

  @EJB Assessments assessments;
  @Inject CityClock clock;

  @GET
  public List<SkillAnswer> skills(
      @PathParam("employeeNo") String employeeNo, @QueryParam("asOf") String asOf) {
    LocalDate date = asOf == null || asOf.isBlank() ? clock.today() : date(asOf);
    return assessments
        .profile(employeeNo, date)
        .orElseThrow(() -> new NotFoundException("no staff " + employeeNo))
        .standings()
        .stream()
        .map(s -> new SkillAnswer(s.skill().code(), s.self(), s.manager(), s.test(), s.target()))
        .toList();
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException("asOf must be YYYY-MM-DD", e);
    }
  }
}
