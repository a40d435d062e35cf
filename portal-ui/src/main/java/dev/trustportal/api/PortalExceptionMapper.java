package dev.trustportal.api;

import dev.trustportal.portal.common.PortalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A domain failure: 400, 403, 404, 409, 502 or 503 by its kind, with its code and English message.
 */
@Provider
public class PortalExceptionMapper implements ExceptionMapper<PortalException> {

  @Override
  public Response toResponse(PortalException failure) {
    return ApiErrors.of(failure);
  }
}
