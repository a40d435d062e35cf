package dev.trustportal.api;

import dev.trustportal.portal.audit.AccessDenials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.security.Principal;

/**
 * Records an API call that the EJB container refused for the caller's roles as {@code
 * access.denied} in the platform chain (see {@link AccessDenials}: once per request, in a
 * transaction of its own, never turning the 403 into a 500). Refusals by the tenancy rule are
 * recorded by the services.
 */
@ApplicationScoped
class DeniedAccessAudit {

  private final AccessDenials denials;
  private final HttpServletRequest request;

  @Inject
  DeniedAccessAudit(AccessDenials denials, HttpServletRequest request) {
    this.denials = denials;
    this.request = request;
  }

  /** For the CDI client proxy only. */
  protected DeniedAccessAudit() {
    this(null, null);
  }

  Response forbidden(Throwable refusal) {
    Principal caller = request.getUserPrincipal();
    denials.record(null, caller == null ? null : caller.getName(), refusal.getMessage());
    return ApiErrors.forbidden();
  }
}
