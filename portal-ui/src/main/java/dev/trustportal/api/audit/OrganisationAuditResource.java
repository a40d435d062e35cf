package dev.trustportal.api.audit;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.common.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/orgs/{org}/audit}: the audit chain of one organisation. */
@Path("orgs/{org}/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationAuditResource {

  private final AuditLog audit;

  @Inject
  public OrganisationAuditResource(AuditLog audit) {
    this.audit = audit;
  }

  /** For the CDI client proxy only. */
  protected OrganisationAuditResource() {
    this(null);
  }

  @GET
  public AuditPageJson page(
      @PathParam("org") String org,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return AuditPageJson.of(audit.page(org, new PageRequest(page, size)));
  }

  @GET
  @Path("verify")
  public ChainVerificationJson verify(@PathParam("org") String org) {
    return ChainVerificationJson.of(audit.verify(org));
  }
}
