package dev.trustportal.api;

import dev.trustportal.portal.audit.AuditedRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Tells the audit log what each API request asks for ({@code GET /api/v1/orgs/acme/members}), so
 * that a refusal decided deep in the services names the request that was refused.
 */
@Provider
@PreMatching
public class RequestDescription implements ContainerRequestFilter {

  private final AuditedRequest audited;

  @Inject
  public RequestDescription(AuditedRequest audited) {
    this.audited = audited;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    audited.describe(request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath());
  }
}
