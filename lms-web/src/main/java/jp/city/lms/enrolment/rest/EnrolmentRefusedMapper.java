package jp.city.lms.enrolment.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.enrolment.entity.EnrolmentRefusedException;
import jp.city.lms.enrolment.presentation.EnrolmentTexts;
import jp.city.lms.platform.presentation.JsonBuilders;
import jp.city.lms.platform.rest.CallerLanguage;

/**
 * An enrolment rule that said no answers its contract status (404 unknown offering or person, 403
 * someone else, 409 already enrolled, 422 not allowed) with {@code {"error", "reason"}}, the reason
 * in the caller's language.
 */
@Provider
public class EnrolmentRefusedMapper implements ExceptionMapper<EnrolmentRefusedException> {

  @Context HttpHeaders headers;
  @EJB Curriculum curriculum;

  @Override
  public Response toResponse(EnrolmentRefusedException refused) {
    Locale locale = CallerLanguage.of(headers);
    return Response.status(refused.reason().status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(
            JsonBuilders.object()
                .add("error", refused.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .add("reason", EnrolmentTexts.reason(refused, locale, curriculum.content()))
                .build())
        .build();
  }
}
