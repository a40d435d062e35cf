package dev.trustportal.api.change;

import dev.trustportal.portal.change.ChangeFilter;
import dev.trustportal.portal.change.ChangeService;
import dev.trustportal.portal.change.ChangeState;
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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/orgs/{org}/changes}: the change requests of an organisation, for its members. */
@Path("orgs/{org}/changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationChangesResource {

  private final ChangeService changes;

  @Inject
  public OrganisationChangesResource(ChangeService changes) {
    this.changes = changes;
  }

  /** For the CDI client proxy only. */
  protected OrganisationChangesResource() {
    this(null);
  }

  @GET
  @Operation(
      summary = "One page of the organisation's change requests, newest first",
      description =
          "Optional filters: state (FILED, APPROVED, PUBLISHING, PUBLISHED, REJECTED, FAILED) and"
              + " repository (its name). 400 invalid_state for another state.")
  public ChangePageJson list(
      @PathParam("org") String org,
      @QueryParam("state") String state,
      @QueryParam("repository") String repository,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    ChangeFilter filter =
        new ChangeFilter(
            Optional.ofNullable(repository).filter(r -> !r.isBlank()),
            Optional.ofNullable(state).filter(s -> !s.isBlank()).map(ChangeState::parse));
    return ChangePageJson.of(changes.list(org, filter, new PageRequest(page, size)));
  }
}
