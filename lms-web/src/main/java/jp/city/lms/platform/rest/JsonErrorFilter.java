package jp.city.lms.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import jp.city.lms.platform.presentation.JsonBuilders;

/**
 * Error answers that JAX-RS makes without an exception (its role check answers 403 in plain text)
 * get the contract's JSON error too, in the caller's language, like those {@link RestErrorMapper}
 * makes.
 */
@Provider
public class JsonErrorFilter implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() < 400
        || MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
      return;
    }
    boolean english =
        request.getAcceptableLanguages().stream()
            .findFirst()
            .map(l -> l.getLanguage().equals(Locale.ENGLISH.getLanguage()))
            .orElse(false);
    String[] error = RestErrorMapper.texts(response.getStatus());
    response.setEntity(
        JsonBuilders.object()
            .add("error", error[0])
            .add("reason", english ? error[2] : error[1])
            .build(),
        null,
        MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
  }
}
