package dev.trustportal.api;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The EJB container refused the call for the caller's roles: 403 forbidden, and audited. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

  private final DeniedAccessAudit denials;

  @Inject
  public AccessDeniedMapper(DeniedAccessAudit denials) {
    this.denials = denials;
  }

  @Override
  public Response toResponse(EJBAccessException failure) {
    return denials.forbidden(failure);
  }
}
