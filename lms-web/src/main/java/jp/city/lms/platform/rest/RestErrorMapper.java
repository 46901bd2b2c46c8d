package jp.city.lms.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.city.lms.platform.presentation.JsonBuilders;

/**
 * Every error of the REST face answers the contract's JSON ({@code {"error": "...", "reason":
 * "..."}}, reason in the caller's language) with its status: 403 for a role that may not make the
 * call (whether JAX-RS or a boundary's {@code @RolesAllowed} said so), 404, 405 and the like as
 * JAX-RS found them, and 500 for anything unexpected, which is logged with an incident number and
 * shows neither a stack trace nor a version.
 */
@Provider
public class RestErrorMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(RestErrorMapper.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Exception e) {
    if (e instanceof EJBAccessException || e.getCause() instanceof EJBAccessException) {
      return error(403, "forbidden", "この呼び出しの権限がありません。", "Your role does not allow this call.");
    }
    if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      if (web.getResponse().hasEntity()) {
        return web.getResponse();
      }
      int status = web.getResponse().getStatus();
      String[] texts = texts(status);
      return error(status, texts[0], texts[1], texts[2]);
    }
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "REST call failed, incident " + incident, e);
    return error(
        500,
        "internal error",
        "処理できませんでした（障害番号 " + incident + "）。",
        "The call failed (incident " + incident + ").");
  }

  /** The error's name and its reason in Japanese and English, by status. */
  static String[] texts(int status) {
    return switch (status) {
      case 401 -> new String[] {"unauthorized", "認証してください。", "Log in with HTTP Basic."};
      case 403 ->
          new String[] {"forbidden", "この呼び出しの権限がありません。", "Your role does not allow this call."};
      case 404 -> new String[] {"not found", "見つかりません。", "Not found."};
      case 405 ->
          new String[] {"method not allowed", "この方法では呼び出せません。", "This method is not allowed here."};
      case 415 ->
          new String[] {
            "unsupported media type", "この形式は受け付けません。", "This content type is not accepted."
          };
      default ->
          status >= 500
              ? new String[] {"internal error", "処理できませんでした。", "The call failed."}
              : new String[] {"bad request", "要求を読めません。", "The request could not be read."};
    };
  }

  private Response error(int status, String error, String japanese, String english) {
    boolean inEnglish = CallerLanguage.isEnglish(headers);
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(
            JsonBuilders.object()
                .add("error", error)
                .add("reason", inEnglish ? english : japanese)
                .build())
        .build();
  }
}
