package dev.trustportal.api.repository;

import dev.trustportal.portal.repository.ImportRepository;
import dev.trustportal.portal.repository.RepositoryImport;
import dev.trustportal.portal.repository.RepositorySummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/orgs/{org}/repository-imports}: imports a repository whose trust data was
 * published with a notary client. A path of its own rather than {@code repositories/imports}, which
 * would hide a repository named {@code imports}.
 */
@Path("orgs/{org}/repository-imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RepositoryImportsResource {

  private final RepositoryImport imports;

  @Inject
  public RepositoryImportsResource(RepositoryImport imports) {
    this.imports = imports;
  }

  /** For the CDI client proxy only. */
  protected RepositoryImportsResource() {
    this(null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Imports a repository published with notary: its root and targets keys are checked and"
              + " then held",
      description =
          "Body {\"name\", \"rootKey\", \"rootPassphrase\", \"targetsKey\", \"targetsPassphrase\"}:"
              + " the keys are the PEM texts of the files in the notary trust directory's private/"
              + " folder. The keys must be the root and targets keys of the root.json published"
              + " under <registry host>/<org>/<name>, and notary-server must hold the snapshot key."
              + " 201 with the repository, like POST /repositories; 400 invalid_name,"
              + " malformed_key, wrong_passphrase, key_mismatch (the message says which key); 404"
              + " unknown organisation; 409 duplicate_name, not_published,"
              + " threshold_needs_more_keys, snapshot_key_not_on_server; 502 trust_data_invalid;"
              + " 503 notary_unavailable. Nothing is stored unless every check passes.")
  public Response importRepository(
      @PathParam("org") String org, ImportRepositoryJson body, @Context UriInfo uri) {
    if (body == null) {
      // Mapped to 400 malformed_json, like a body that JSON-B cannot read.
      throw new BadRequestException(new JsonbException("empty body"));
    }
    ImportRepository command = body.toCommand();
    try {
      RepositorySummary imported = imports.importRepository(org, command);
      URI location =
          uri.getBaseUriBuilder()
              .path("orgs")
              .path(imported.organisation())
              .path("repositories")
              .path(imported.name())
              .build();
      return Response.created(location).entity(RepositoryJson.of(imported)).build();
    } finally {
      command.wipe();
    }
  }
}
