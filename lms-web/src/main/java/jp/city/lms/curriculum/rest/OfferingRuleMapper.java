package jp.city.lms.curriculum.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import jp.city.lms.curriculum.entity.OfferingPlan;
import jp.city.lms.curriculum.entity.OfferingRuleException;
import jp.city.lms.platform.presentation.JsonBuilders;
import jp.city.lms.platform.rest.CallerLanguage;

/**
 * A broken offering rule answers 422 with the field in the contract's words (course, start, end,
 * capacity, deadline, venue) and the reason in the caller's language.
 */
@Provider
public class OfferingRuleMapper implements ExceptionMapper<OfferingRuleException> {

  /** The form's field names as the REST contract calls them. */
  private static final Map<String, String> CONTRACT_FIELDS =
      Map.of("startsAt", "start", "endsAt", "end", "registrationDeadline", "deadline");

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(OfferingRuleException broken) {
    Locale locale = CallerLanguage.of(headers);
    ResourceBundle texts =
        ResourceBundle.getBundle(
            "jp.city.lms.web.curriculum", locale, OfferingRuleMapper.class.getClassLoader());
    OfferingPlan.Violation first = broken.violations().get(0);
    String field = CONTRACT_FIELDS.getOrDefault(first.field(), first.field());
    String key = "offering.rule." + first.rule();
    return Response.status(422)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(
            JsonBuilders.object()
                .add("error", "rule broken: " + field)
                .add("reason", field + ": " + (texts.containsKey(key) ? texts.getString(key) : key))
                .add("field", field)
                .build())
        .build();
  }
}
