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

/** {@code /api/v1/platform/audit}: the platform chain, for events of no organisation (sign-ins). */
@Path("platform/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformAuditResource {

  // The service names the platform chain with a null organisation.
  private static final String PLATFORM = null;

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
  public AuditPageJson page(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return AuditPageJson.of(audit.page(PLATFORM, new PageRequest(page, size)));
  }

  @GET
  @Path("verify")
  public ChainVerificationJson verify() {
    return ChainVerificationJson.of(audit.verify(PLATFORM));
  }
}
