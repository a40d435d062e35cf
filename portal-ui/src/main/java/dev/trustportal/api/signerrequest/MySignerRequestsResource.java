package dev.trustportal.api.signerrequest;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.signerrequest.SignerRequestService;
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
 * {@code /api/v1/me/signer-requests}: the caller's own signer requests and how each was decided.
 */
@Path("me/signer-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MySignerRequestsResource {

  private final SignerRequestService requests;

  @Inject
  public MySignerRequestsResource(SignerRequestService requests) {
    this.requests = requests;
  }

  /** For the CDI client proxy only. */
  protected MySignerRequestsResource() {
    this(null);
  }

  @GET
  @Operation(
      summary = "The caller's signer requests in every organisation, newest first",
      description =
          "Each with its state: PENDING, ACCEPTED with changeId and changeState, DECLINED with"
              + " reason.")
  public SignerRequestPageJson mine(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return SignerRequestPageJson.of(requests.mine(new PageRequest(page, size)));
  }
}
