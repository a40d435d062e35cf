package dev.trustportal.api.rootcustody;

import dev.trustportal.api.change.ApprovalChallengeJson;
import dev.trustportal.api.change.RejectionJson;
import dev.trustportal.portal.approval.ApprovalService;
import dev.trustportal.portal.approval.SubjectRef;
import dev.trustportal.portal.rootcustody.CustodyDecision;
import dev.trustportal.portal.rootcustody.CustodyService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/v1/orgs/{org}/root-custody}: who holds the organisation's root keys, and switching to
 * OWNERS custody, which owners approve with security keys as they approve policy changes.
 */
@Path("orgs/{org}/root-custody")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RootCustodyResource {

  private static final String NOT_FOUND =
      " 404 unless the custody change belongs to the organisation and the"
          + " caller to it; 403 for members who are not owners; 409 custody_change_not_pending.";

  private final CustodyService custody;
  private final ApprovalService approvals;

  @Inject
  public RootCustodyResource(CustodyService custody, ApprovalService approvals) {
    this.custody = custody;
    this.approvals = approvals;
  }

  /** For the CDI client proxy only. */
  protected RootCustodyResource() {
    this(null, null);
  }

  @GET
  @Operation(
      summary = "The organisation's root custody and its custodians",
      description =
          "mode SERVER (the portal holds root keys, the default) or OWNERS (each custodian's"
              + " security key opens their own root key; threshold of them sign root); custodians"
              + " are the owners who enrolled a security key with PRF. 404 for non-members.")
  public RootCustodyJson custody(@PathParam("org") String org) {
    return RootCustodyJson.of(custody.custody(org));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Requests OWNERS root custody with a threshold, or the return to SERVER custody (owners"
              + " only)",
      description =
          "Body {\"mode\": \"OWNERS\", \"threshold\": 2}. With 2 or more custodians the threshold"
              + " is 2 to their number; with one, 1. In OWNERS custody, the same body with a new"
              + " threshold changes M, and {\"mode\": \"SERVER\"} returns root custody to the"
              + " portal; either opens, once applied, a root ceremony of every custodians' root"
              + " (ROTATE_ROOT or RETURN_ROOT_TO_SERVER), which M custodians sign. While the"
              + " approval policy asks no approvals it applies at once (200 with the custody);"
              + " otherwise it is filed as a custody change that needs the policy's strictest count"
              + " of owner approvals with security keys (202 with the change, approved at"
              + " …/root-custody/changes/{id}). 400 invalid_custody (another mode, a threshold that"
              + " does not fit, no custodians, or the mode and threshold it already has). 403 for"
              + " non-owners; 404 for non-members.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "owners 2 of 3",
                      value = "{\"mode\": \"OWNERS\", \"threshold\": 2}")))
  public Response request(@PathParam("org") String org, CustodyRequestJson body) {
    CustodyDecision decision =
        custody.requestCustody(
            org, body == null ? null : body.mode(), body == null ? null : body.threshold());
    return decision
        .filed()
        .map(filed -> Response.accepted(CustodyChangeJson.of(filed)).build())
        .orElseGet(() -> Response.ok(RootCustodyJson.of(decision.custody())).build());
  }

  @GET
  @Path("changes")
  @Operation(
      summary = "The organisation's custody changes waiting for approval, oldest first",
      description = "404 for non-members.")
  public List<CustodyChangeJson> pending(@PathParam("org") String org) {
    return custody.pending(org).stream().map(CustodyChangeJson::of).toList();
  }

  @GET
  @Path("changes/{id: [0-9]+}")
  @Operation(
      summary = "One custody change",
      description = "404 unless it is the organisation's and the caller a" + " member.")
  public CustodyChangeJson change(@PathParam("org") String org, @PathParam("id") long id) {
    return CustodyChangeJson.of(custody.change(org, id));
  }

  @GET
  @Path("changes/{id: [0-9]+}/approval-challenge")
  @Operation(
      summary = "A fresh WebAuthn challenge to approve the custody change, bound to its digest",
      description =
          "As for changes of trust: publicKey is PublicKeyCredentialRequestOptionsJSON, its"
              + " challenge SHA-256(digest || nonce), single-use, valid 5 minutes. 403"
              + " self_approval; 409 approval_period_over."
              + NOT_FOUND)
  public ApprovalChallengeJson challenge(@PathParam("org") String org, @PathParam("id") long id) {
    return ApprovalChallengeJson.of(approvals.challenge(SubjectRef.custodyChange(org, id)));
  }

  @POST
  @Path("changes/{id: [0-9]+}/approvals")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Approves the custody change with a security-key assertion",
      description =
          "Body: the PublicKeyCredential.toJSON() of navigator.credentials.get over the approval"
              + " challenge. The change with its approvals; at the quorum it is APPLIED (400"
              + " invalid_custody if the custodians no longer allow its threshold). 400 / 409"
              + " assertion_refused; 409 already_approved."
              + NOT_FOUND)
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "assertion",
                      value =
                          "{\"id\": \"q5Xz...\", \"rawId\": \"q5Xz...\", \"type\": \"public-key\","
                              + " \"response\": {\"clientDataJSON\": \"eyJ0...\","
                              + " \"authenticatorData\": \"SZYN...\", \"signature\": \"MEUC...\"},"
                              + " \"clientExtensionResults\": {}}")))
  public CustodyChangeJson approve(
      @PathParam("org") String org, @PathParam("id") long id, String assertion) {
    approvals.approve(SubjectRef.custodyChange(org, id), assertion == null ? "" : assertion);
    return CustodyChangeJson.of(custody.change(org, id));
  }

  @POST
  @Path("changes/{id: [0-9]+}/rejections")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rejects the custody change with a reason",
      description =
          "Body {\"reason\"}; 400 missing_reason without one. The change, REJECTED." + NOT_FOUND)
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "reason",
                      value = "{\"reason\": \"Not before the audit.\"}")))
  public CustodyChangeJson reject(
      @PathParam("org") String org, @PathParam("id") long id, RejectionJson body) {
    approvals.reject(SubjectRef.custodyChange(org, id), body == null ? null : body.reason());
    return CustodyChangeJson.of(custody.change(org, id));
  }
}
