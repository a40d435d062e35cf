package dev.trustportal.api.signerrequest;

import dev.trustportal.portal.signer.SignerKeyInput;
import dev.trustportal.portal.signerrequest.SignerRequestDetails;
import dev.trustportal.portal.signerrequest.SignerRequestService;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code /api/v1/orgs/{org}/repositories/{repo}/signer-requests}: a member asks for a signer. */
@Path("orgs/{org}/repositories/{repo: .+}/signer-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RepositorySignerRequestsResource {

  private final SignerRequestService requests;

  @Inject
  public RepositorySignerRequestsResource(SignerRequestService requests) {
    this.requests = requests;
  }

  /** For the CDI client proxy only. */
  protected RepositorySignerRequestsResource() {
    this(null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Asks for a signer of the repository (any member)",
      description =
          "Body {\"name\", \"publicKey\" | \"certificate\"}, checked as for a new signer. 201 with"
              + " the request, PENDING until an owner or admin accepts or declines it. 400"
              + " invalid_signer_name / invalid_signer_key, 404 for an unknown organisation or"
              + " repository.")
  public Response request(
      @PathParam("org") String org,
      @Parameter(
              description =
                  "The repository name, slashes included and not encoded (for example team/api).")
          @PathParam("repo")
          String repo,
      RequestSignerJson body,
      @Context UriInfo uri) {
    if (body == null) {
      throw new BadRequestException(new JsonbException("empty body"));
    }
    SignerRequestDetails filed =
        requests.requestSigner(
            org, repo, body.name(), new SignerKeyInput(body.publicKey(), body.certificate()));
    URI location =
        uri.getBaseUriBuilder()
            .path("orgs")
            .path(org)
            .path("signer-requests")
            .path(Long.toString(filed.id()))
            .build();
    return Response.created(location).entity(SignerRequestJson.of(filed)).build();
  }
}
