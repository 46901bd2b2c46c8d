package jp.city.lms.skills.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import jp.city.lms.platform.presentation.JsonBuilders;
import jp.city.lms.platform.rest.CallerLanguage;
import jp.city.lms.skills.entity.AssessmentRefusedException;
import jp.city.lms.skills.presentation.SkillTexts;

/**
 * An assessment rule that said no answers its contract status (422 a rule of the data, 403 a source
 * the caller may not use for that person, 404 an unknown person) with {@code {"error", "reason"}},
 * the reason in the caller's language.
 */
@Provider
public class AssessmentRefusedMapper implements ExceptionMapper<AssessmentRefusedException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(AssessmentRefusedException refused) {
    Locale locale = CallerLanguage.of(headers);
    return Response.status(refused.reason().status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(
            JsonBuilders.object()
                .add("error", refused.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .add("reason", SkillTexts.reason(refused, locale))
                .build())
        .build();
  }
}
