package dev.trustportal.api.audit;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.common.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/platform/audit}: the platform chain, for events of no organisation (sign-ins), for
 * platform admins only.
 */
@Path("platform/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformAuditResource {

  private final AuditLog audit;

  @Inject
  public PlatformAuditResource(AuditLog audit) {
    this.audit = audit;
  }

  /** For the CDI client proxy only. */
  protected PlatformAuditResource() {
    this(null);
  }

  @GET
  @Operation(summary = "One page of the platform audit chain, newest first (platform admins)")
  public AuditPageJson page(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return AuditPageJson.of(audit.platformPage(new PageRequest(page, size)));
  }

  @GET
  @Path("verify")
  @Operation(summary = "Verifies the platform audit chain (platform admins)")
  public ChainVerificationJson verify() {
    return ChainVerificationJson.of(audit.verifyPlatform());
  }
}
