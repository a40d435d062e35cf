package dev.trustportal.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Everything else: 500 with a generic message, the details only in the server log. An EJB access
 * refusal can arrive wrapped (for example in an EJBException), so it is recognised here too.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

  @Override
  public Response toResponse(Throwable failure) {
    return ApiErrors.isAccessDenied(failure) ? ApiErrors.forbidden() : ApiErrors.unexpected(failure);
  }
}
