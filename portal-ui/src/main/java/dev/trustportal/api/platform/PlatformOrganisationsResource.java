package dev.trustportal.api.platform;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.tenancy.PlatformOrganisations;
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
 * {@code /api/v1/platform/orgs}: every organisation of the platform, with head counts only;
 * platform admins, each call in the platform audit chain.
 */
@Path("platform/orgs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformOrganisationsResource {

  private final PlatformOrganisations platform;

  @Inject
  public PlatformOrganisationsResource(PlatformOrganisations platform) {
    this.platform = platform;
  }

  /** For the CDI client proxy only. */
  protected PlatformOrganisationsResource() {
    this(null);
  }

  @GET
  @Operation(
      summary = "All organisations of the platform, by name (platform admins; audited)",
      description =
          "Each with createdAt and how many members and owners it has (0 owners: recovery needs"
              + " break-glass); nothing inside them. Recorded in the platform audit chain as"
              + " platform.organisations_listed. 403 for callers who are not platform admins, and"
              + " for API tokens.")
  public PlatformOrganisationPageJson list(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return PlatformOrganisationPageJson.of(platform.list(new PageRequest(page, size)));
  }
}
