package dev.trustportal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Everything else: 500 with a generic message, the details only in the server log. An EJB access
 * refusal can arrive wrapped (for example in an EJBException), so it is recognised (and audited)
 * here too.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

  private final DeniedAccessAudit denials;

  @Inject
  public UnexpectedFailureMapper(DeniedAccessAudit denials) {
    this.denials = denials;
  }

  @Override
  public Response toResponse(Throwable failure) {
    return ApiErrors.isAccessDenied(failure)
        ? denials.forbidden(failure)
        : ApiErrors.unexpected(failure);
  }
}
