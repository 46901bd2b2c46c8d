package jp.city.lms.platform.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jp.city.lms.platform.entity.OutOfScopeException;
import jp.city.lms.platform.presentation.JsonBuilders;

/**
 * A record outside the caller's scope answers 403 with the contract's error JSON, in the caller's
 * language, whatever resource asked for it.
 */
@Provider
public class OutOfScopeMapper implements ExceptionMapper<OutOfScopeException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(OutOfScopeException e) {
    boolean english = CallerLanguage.isEnglish(headers);
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(
            JsonBuilders.object()
                .add("error", "forbidden")
                .add(
                    "reason",
                    english
                        ? "This record is outside the people you may see."
                        : "この記録は、あなたが参照できる範囲の外にあります。")
                .build())
        .build();
  }
}
