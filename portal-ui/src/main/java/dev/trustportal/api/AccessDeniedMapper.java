package dev.trustportal.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The EJB container refused the call for the caller's roles: 403 forbidden. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

  @Override
  public Response toResponse(EJBAccessException failure) {
    return ApiErrors.forbidden();
  }
}
