package dev.trustportal.api.expiry;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.expiry.OrganisationRadar;
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

/** {@code /api/v1/orgs/{org}/expiry-radar}: the organisation overview's radar, page by page. */
@Path("orgs/{org}/expiry-radar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExpiryRadarResource {

  private final OrganisationRadar radar;

  @Inject
  public ExpiryRadarResource(OrganisationRadar radar) {
    this.radar = radar;
  }

  /** For the CDI client proxy only. */
  protected ExpiryRadarResource() {
    this(null);
  }

  @GET
  @Operation(
      summary = "The organisation's roles by time left, the nearest expiry first",
      description =
          "Every member reads it; 404 not_found for non-members. roles: one page of the"
              + " repositories' roles as the watcher read them last, with their colour band"
              + " (EXPIRED, WEEK, MONTH, LATER); total counts them all. delegationsToResign: the"
              + " delegations expiring within the warning window (30 days by default) that only"
              + " their signers can re-sign, with the notary command that does it: all of them"
              + " for owners, those of signers linked to the caller for others. 400"
              + " invalid_page_request for a negative page or a size outside 1–500; 403 for an API"
              + " token scoped to some repositories (the radar names them all).")
  public ExpiryRadarJson read(
      @PathParam("org") String org,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    PageRequest request = new PageRequest(page, size);
    return ExpiryRadarJson.of(radar.page(org, request), page, size, radar.delegationsToResign(org));
  }
}
