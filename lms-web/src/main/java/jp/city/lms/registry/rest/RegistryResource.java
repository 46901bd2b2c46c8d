package jp.city.lms.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.rest.CallerLanguage;
import jp.city.lms.platform.rest.ErrorAnswer;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.registry.boundary.RegistryImport;
import jp.city.lms.registry.control.RegistryUpdate;
import jp.city.lms.registry.control.RunReport;
import jp.city.lms.registry.entity.ImportRun;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.boundary.Callers;
import jp.city.lms.security.entity.Role;

/**
 * The HR registry feed's REST face (contract v1 in shared/DESIGN.md): the HR system pushes full
 * snapshots, and scripts ask who someone was on a date. Texts (reasons) follow Accept-Language:
 * Japanese unless English is preferred.
 */
@Path("registry")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class RegistryResource {

  @EJB RegistryImport imports;
  @EJB RegistryHistory history;
  @EJB Callers callers;
  @Inject CityClock clock;

  @Context HttpHeaders headers;

  @POST
  @Path("snapshots")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed({Role.HR_FEED, Role.ADMIN})
  public Response snapshot(
      List<EntityPart> parts,
      @QueryParam("effective") String effective,
      @QueryParam("dryRun") String dryRun,
      @QueryParam("confirm") String confirm)
      throws IOException {
    Optional<EntityPart> orgs = part(parts, "orgs");
    Optional<EntityPart> staff = part(parts, "staff");
    if (orgs.isEmpty() || staff.isEmpty()) {
      return badRequest("multipart parts 'orgs' and 'staff' (the two CSV files) are required");
    }
    LocalDate date;
    try {
      date = effective == null || effective.isBlank() ? clock.today() : LocalDate.parse(effective);
    } catch (DateTimeParseException e) {
      return badRequest("effective must be a date YYYY-MM-DD: " + effective);
    }
    Optional<Boolean> isDryRun = flag(dryRun);
    Optional<Boolean> isConfirmed = flag(confirm);
    if (isDryRun.isEmpty() || isConfirmed.isEmpty()) {
      return badRequest("dryRun and confirm are true or false");
    }
    RegistryUpdate.Result result =
        imports.run(
            new RegistryImport.Request(
                ImportRun.Channel.REST, date, isDryRun.get(), isConfirmed.get()),
            new RegistryImport.Snapshot(
                orgs.get().getFileName().orElse("orgs.csv"),
                orgs.get().getContent(byte[].class),
                staff.get().getFileName().orElse("staff.csv"),
                staff.get().getContent(byte[].class)));
    ImportRun run = result.run();
    int status =
        switch (run.getOutcome()) {
          case APPLIED, DRY_RUN -> 200;
          case REFUSED -> 422;
          default -> 500;
        };
    return Response.status(status)
        .entity(RunReport.of(run, english() ? Locale.ENGLISH : Locale.JAPANESE))
        .build();
  }

  /**
   * Who someone was on a date. The HR system, the training office and administrators may ask about
   * anyone; a manager about the people of their scope on that date; anybody else about themself. A
   * person outside the caller's scope answers 403.
   */
  @GET
  @Path("staff/{employeeNo}")
  @RolesAllowed({Role.HR_FEED, Role.ADMIN, Role.TRAINING_OFFICE, Role.MANAGER, Role.STAFF})
  public Response staff(
      @PathParam("employeeNo") String employeeNo, @QueryParam("asOf") String asOf) {
    LocalDate date;
    try {
      date = asOf == null || asOf.isBlank() ? clock.today() : LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      return badRequest("asOf must be a date YYYY-MM-DD: " + asOf);
    }
    // as the files accept them: full-width digits find the same person
    String number = Normalizer.normalize(employeeNo, Normalizer.Form.NFKC).strip();
    return history
        .person(number, date, callers.scope(date))
        .map(
            p ->
                Response.ok(
                        new StaffAsOf(
                            p.employeeNo(),
                            p.name(),
                            registryStatus(p.status()),
                            p.orgCode(),
                            p.orgName(),
                            p.position(),
                            p.managerNo(),
                            date.toString()))
                    .build())
        .orElseGet(
            () ->
                Response.status(Response.Status.NOT_FOUND)
                    .entity(error("no staff " + number + " on " + date))
                    .build());
  }

  /** The registry's own words for the status, as in the CSV files (在職, 休職, 退職). */
  private static String registryStatus(StaffStatus status) {
    return switch (status) {
      case ACTIVE -> "在職";
      case ON_LEAVE -> "休職";
      case LEFT -> "退職";
      case JOINING -> "着任前";
    };
  }

  private boolean english() {
    return CallerLanguage.isEnglish(headers);
  }

  private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
    return parts == null
        ? Optional.empty()
        : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
  }

  private static Optional<Boolean> flag(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of(false);
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  private static Response badRequest(String why) {
    return Response.status(Response.Status.BAD_REQUEST).entity(error(why)).build();
  }

  private static ErrorAnswer error(String why) {
    return new ErrorAnswer(why);
  }
}
