package jp.city.lms.skills.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.city.lms.platform.rest.CallerLanguage;
import jp.city.lms.platform.rest.ErrorAnswer;
import jp.city.lms.security.entity.Role;
import jp.city.lms.skills.boundary.TestResultImport;
import jp.city.lms.skills.boundary.TestResultImport.Report;
import jp.city.lms.skills.control.TestResultReader;

/**
 * Test results in bulk over REST: {@code POST /api/assessments/tests}, multipart part {@code tests}
 * (a {@code test-results.csv}), {@code dryRun=true} to check only. 200 for APPLIED and DRY_RUN, 422
 * for a file not recorded (unreadable, or with rejected rows: nothing recorded), 400 for a
 * malformed request; the training office and administrators only, as for a TEST assessment. Reasons
 * follow Accept-Language: Japanese unless English is preferred.
 */
@Path("assessments/tests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class TestResultResource {

  /** The answer: what the file recorded or would, and where and why rows were rejected. */
  @JsonbPropertyOrder({"outcome", "counts", "rejected", "refusedBecause"})
  public record Answer(
      String outcome,
      Counts counts,
      List<Rejected> rejected,
      @JsonbNillable String refusedBecause) {}

  /** Results recorded (or to record), already on record, and rows rejected. */
  @JsonbPropertyOrder({"recorded", "unchanged", "rejected"})
  public record Counts(int recorded, int unchanged, int rejected) {}

  /** A rejected row: where, and why. */
  @JsonbPropertyOrder({"file", "line", "field", "reason"})
  public record Rejected(String file, int line, String field, String reason) {}

  @EJB TestResultImport imports;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public Response upload(List<EntityPart> parts, @QueryParam("dryRun") String dryRun)
      throws IOException {
    Optional<EntityPart> part =
        parts == null
            ? Optional.empty()
            : parts.stream().filter(p -> "tests".equals(p.getName())).findFirst();
    if (part.isEmpty()) {
      return badRequest(
          "パート tests (test-results.csv) が必要です。",
          "the multipart part 'tests' (the CSV file) is required");
    }
    if (dryRun != null
        && !dryRun.isBlank()
        && !List.of("true", "false").contains(dryRun.strip().toLowerCase(Locale.ROOT))) {
      return badRequest("dryRun は true か false です。", "dryRun is true or false");
    }
    Report report =
        imports.run(
            part.get().getFileName().filter(n -> !n.isBlank()).orElse(TestResultReader.FILE),
            part.get().getContent(byte[].class),
            dryRun != null && dryRun.strip().equalsIgnoreCase("true"));
    Locale locale = CallerLanguage.isEnglish(headers) ? Locale.ENGLISH : Locale.JAPANESE;
    Answer answer =
        new Answer(
            report.outcome().name(),
            new Counts(report.recorded(), report.unchanged(), report.rejections().size()),
            report.rejections().stream()
                .map(r -> new Rejected(r.file(), r.line(), r.field(), r.reason(locale)))
                .toList(),
            report.refusedBecause(locale));
    int status = report.outcome() == TestResultImport.Outcome.REFUSED ? 422 : 200;
    return Response.status(status).entity(answer).build();
  }

  private Response badRequest(String japanese, String english) {
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(
            new ErrorAnswer("bad request", CallerLanguage.isEnglish(headers) ? english : japanese))
        .build();
  }
}
