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
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/orgs/{org}/audit}: the audit chain of one organisation, newest first, and its
 * verification; for the organisation's owners and admins (others in it get 403, anyone else 404).
 */
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
  @Operation(
      summary = "One page of the organisation's audit chain, newest first",
      description =
          "For owners and admins of the organisation; 403 for its other members, 404 for"
              + " anyone else (as for an organisation that does not exist).")
  public AuditPageJson page(
      @PathParam("org") String org,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return AuditPageJson.of(audit.page(org, new PageRequest(page, size)));
  }

  @GET
  @Path("verify")
  @Operation(
      summary = "Verifies the organisation's audit chain",
      description =
          "ok, how many events were checked, and the id of the first event whose hash or link to"
              + " its predecessor does not hold (null when the chain is intact). Readable as the"
              + " chain.")
  public ChainVerificationJson verify(@PathParam("org") String org) {
    return ChainVerificationJson.of(audit.verify(org));
  }
}
