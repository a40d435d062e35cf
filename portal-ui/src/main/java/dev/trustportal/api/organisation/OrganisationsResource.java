package dev.trustportal.api.organisation;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.organisation.CreateOrganisation;
import dev.trustportal.portal.organisation.OrganisationNotFoundException;
import dev.trustportal.portal.organisation.OrganisationService;
import dev.trustportal.portal.organisation.OrganisationSummary;
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

/** {@code /api/v1/orgs}: list, read and create organisations. */
@Path("orgs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

  private final OrganisationService organisations;

  @Inject
  public OrganisationsResource(OrganisationService organisations) {
    this.organisations = organisations;
  }

  /** For the CDI client proxy only. */
  protected OrganisationsResource() {
    this(null);
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
  public Response create(CreateOrganisationJson body, @Context UriInfo uri) {
    if (body == null) {
      // Mapped to 400 malformed_json, like a body that JSON-B cannot read.
      throw new BadRequestException(new JsonbException("empty body"));
    }
    OrganisationSummary created = organisations.createOrganisation(new CreateOrganisation(body.name()));
    URI location = uri.getBaseUriBuilder().path(OrganisationsResource.class).path(created.name()).build();
    return Response.created(location).entity(OrganisationJson.of(created)).build();
  }
}
