package jp.city.lms.platform.rest;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request in a form the resource does not read (not multipart where files are expected) is a
 * malformed request: 400 with a JSON error, as the registry feed's contract says, rather than
 * JAX-RS's 415.
 */
@Provider
public class MalformedRequestMapper implements ExceptionMapper<NotSupportedException> {

  @Override
  public Response toResponse(NotSupportedException e) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorAnswer("unsupported content type: send multipart/form-data"))
        .build();
  }
}
