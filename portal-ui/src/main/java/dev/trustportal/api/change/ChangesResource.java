package dev.trustportal.api.change;

import dev.trustportal.portal.change.ChangeService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/changes/{id}}: one change request and its progress, for members of its
 * organisation.
 */
@Path("changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

  private final ChangeService changes;

  @Inject
  public ChangesResource(ChangeService changes) {
    this.changes = changes;
  }

  /** For the CDI client proxy only. */
  protected ChangesResource() {
    this(null);
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(
      summary = "One change request with its state and publishing progress",
      description = "404 unless the caller belongs to the request's organisation.")
  public ChangeJson find(@PathParam("id") long id) {
    return ChangeJson.of(changes.find(id));
  }
}
