package dev.trustportal.api.organisation;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.organisation.CreateOrganisation;
import dev.trustportal.portal.organisation.OrganisationNotFoundException;
import dev.trustportal.portal.organisation.OrganisationService;
import dev.trustportal.portal.organisation.OrganisationSummary;
import dev.trustportal.portal.tenancy.PlatformOrganisations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/orgs}: the caller's organisations (platform admins too see only those they belong
 * to; {@code /api/v1/platform/orgs} lists all), and the creation of one by a platform admin.
 */
@Path("orgs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

  private final OrganisationService organisations;
  private final PlatformOrganisations platform;

  @Inject
  public OrganisationsResource(OrganisationService organisations, PlatformOrganisations platform) {
    this.organisations = organisations;
    this.platform = platform;
  }

  /** For the CDI client proxy only. */
  protected OrganisationsResource() {
    this(null, null);
  }

  @GET
  public OrganisationPageJson list(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return OrganisationPageJson.of(organisations.list(new PageRequest(page, size)));
  }

  @GET
  @Path("{name}")
  public OrganisationJson find(@PathParam("name") String name) {
    return organisations
        .find(name)
        .map(OrganisationJson::of)
        .orElseThrow(() -> new OrganisationNotFoundException(name));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Creates an organisation with its first owner (platform admins; audited)",
      description =
          "Body {\"name\": \"acme\", \"owner\": \"alice\"}: the named account becomes its first"
              + " OWNER; without owner, the platform admin who creates it does. 400"
              + " invalid_organisation_name; 404 not_found for an owner with no account; 409 for a"
              + " name taken; 403 for callers who are not platform admins, and for API tokens.")
  public Response create(CreateOrganisationJson body, @Context UriInfo uri) {
    if (body == null) {
      // Mapped to 400 malformed_json, like a body that JSON-B cannot read.
      throw new BadRequestException(new JsonbException("empty body"));
    }
    OrganisationSummary created =
        platform.createOrganisation(
            new CreateOrganisation(body.name(), Optional.ofNullable(body.owner())));
    URI location =
        uri.getBaseUriBuilder().path(OrganisationsResource.class).path(created.name()).build();
    return Response.created(location).entity(OrganisationJson.of(created)).build();
  }
}
