package jp.city.lms.learning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import jp.city.lms.learning.boundary.CompletionImport;
import jp.city.lms.learning.boundary.CompletionImport.CompletionsFile;
import jp.city.lms.learning.control.CompletionReader;
import jp.city.lms.learning.entity.CompletionRun;
import jp.city.lms.platform.rest.CallerLanguage;
import jp.city.lms.platform.rest.ErrorAnswer;
import jp.city.lms.security.entity.Role;

/**
 * Bulk completions from the e-learning platforms over REST (contract v1): {@code POST
 * /api/completions}, multipart part {@code completions}, {@code dryRun=true} to report only. 200
 * for APPLIED and DRY_RUN, 422 for a refused file (nothing recorded), 400 for a malformed request;
 * the training office and administrators only. Reasons follow Accept-Language: Japanese unless
 * English is preferred.
 */
@Path("completions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CompletionResource {

  /** A malformed request: {@code {"error", "reason"}}, the reason in the caller's language. */
  @EJB CompletionImport imports;

  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
  public Response upload(List<EntityPart> parts, @QueryParam("dryRun") String dryRun)
      throws IOException {
    Optional<EntityPart> part =
        parts == null
            ? Optional.empty()
            : parts.stream().filter(p -> "completions".equals(p.getName())).findFirst();
    if (part.isEmpty()) {
      return badRequest(
          "パート completions (completions.csv) が必要です。",
          "the multipart part 'completions' (the CSV file) is required");
    }
    Optional<Boolean> isDryRun = flag(dryRun);
    if (isDryRun.isEmpty()) {
      return badRequest("dryRun は true か false です。", "dryRun is true or false");
    }
    CompletionRun run =
        imports.run(
            CompletionRun.Channel.REST,
            new CompletionsFile(
                part.get().getFileName().filter(n -> !n.isBlank()).orElse(CompletionReader.FILE),
                part.get().getContent(byte[].class)),
            isDryRun.get());
    int status =
        switch (run.getOutcome()) {
          case APPLIED, DRY_RUN -> 200;
          case REFUSED -> 422;
          default -> 500;
        };
    return Response.status(status).entity(CompletionReport.of(run, english())).build();
  }

  private boolean english() {
    return CallerLanguage.isEnglish(headers);
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

  private Response badRequest(String japanese, String english) {
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(new ErrorAnswer("bad request", english() ? english : japanese))
        .build();
  }
}
