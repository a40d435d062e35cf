package dev.trustportal.api.signerrequest;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.signerrequest.SignerRequestService;
import dev.trustportal.portal.signerrequest.SignerRequestState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/orgs/{org}/signer-requests}: owners and admins list the organisation's signer
 * requests, accept one (which files the ADD_SIGNER change linked to the requester) or decline it
 * with a reason.
 */
@Path("orgs/{org}/signer-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SignerRequestsResource {

  private static final String ERRORS =
      " 403 for signers and viewers, 404 for an unknown organisation or request (another"
          + " organisation's too), 409 signer_request_decided when it is not PENDING.";

  private final SignerRequestService requests;

  @Inject
  public SignerRequestsResource(SignerRequestService requests) {
    this.requests = requests;
  }

  /** For the CDI client proxy only. */
  protected SignerRequestsResource() {
    this(null);
  }

  @GET
  @Operation(
      summary = "One page of the organisation's signer requests, newest first (owners and admins)",
      description =
          "Optional filter state: PENDING, ACCEPTED or DECLINED; 400 invalid_state for another.")
  public SignerRequestPageJson list(
      @PathParam("org") String org,
      @QueryParam("state") String state,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    Optional<SignerRequestState> filter =
        Optional.ofNullable(state).filter(s -> !s.isBlank()).map(SignerRequestState::parse);
    return SignerRequestPageJson.of(requests.list(org, filter, new PageRequest(page, size)));
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(
      summary = "One signer request (owners, admins, and the member who asked)",
      description = "404 for an unknown request, another organisation's, or another member's.")
  public SignerRequestJson find(@PathParam("org") String org, @PathParam("id") long id) {
    return SignerRequestJson.of(requests.find(org, id));
  }

  @POST
  @Path("{id: [0-9]+}/acceptance")
  @Operation(
      summary =
          "Accepts a pending signer request: files the ADD_SIGNER change, linked to the requester",
      description =
          "No body. The answer is the request with changeId; the change follows the organisation's"
              + " approval policy. Refused as adding the signer directly would be (409"
              + " duplicate_signer ...)."
              + ERRORS)
  public SignerRequestJson accept(@PathParam("org") String org, @PathParam("id") long id) {
    return SignerRequestJson.of(requests.accept(org, id));
  }

  @POST
  @Path("{id: [0-9]+}/declination")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Declines a pending signer request with a reason the requester sees",
      description = "Body {\"reason\"}; 400 missing_reason without one." + ERRORS)
  public SignerRequestJson decline(
      @PathParam("org") String org, @PathParam("id") long id, DeclineJson body) {
    return SignerRequestJson.of(requests.decline(org, id, body == null ? null : body.reason()));
  }
}
