package dev.trustportal.api.change;

import dev.trustportal.portal.approval.ApprovalService;
import dev.trustportal.portal.approval.SubjectRef;
import dev.trustportal.portal.change.ChangeService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/v1/orgs/{org}/changes/{id}/…}: owners approve a change with a security key
 * (challenge, then the assertion as {@code PublicKeyCredential.toJSON()}) or reject it with a
 * reason. The class's path names the change: a root path of {@code orgs/{org}} alone would be
 * matched before {@code orgs} and hide {@code GET /orgs/{name}}.
 */
@Path("orgs/{org}/changes/{id: [0-9]+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalsResource {

  private static final String NOT_FOUND =
      " 404 unless the change belongs to the organisation and the caller to"
          + " it; 403 for members who are not owners; 409 change_not_pending.";

  private final ApprovalService approvals;
  private final ChangeService changes;

  @Inject
  public ApprovalsResource(ApprovalService approvals, ChangeService changes) {
    this.approvals = approvals;
    this.changes = changes;
  }

  /** For the CDI client proxy only. */
  protected ApprovalsResource() {
    this(null, null);
  }

  @GET
  @Path("approval-challenge")
  @Operation(
      summary = "A fresh WebAuthn challenge to approve the change, bound to its digest",
      description =
          "publicKey is PublicKeyCredentialRequestOptionsJSON for navigator.credentials.get; its"
              + " challenge is SHA-256(digest || nonce), single-use, valid 5 minutes. 403"
              + " self_approval when the requester asks and the policy does not allow it; 409"
              + " approval_period_over."
              + NOT_FOUND)
  public ApprovalChallengeJson challenge(@PathParam("org") String org, @PathParam("id") long id) {
    return ApprovalChallengeJson.of(approvals.challenge(SubjectRef.change(org, id)));
  }

  @POST
  @Path("approvals")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Approves the change with a security-key assertion",
      description =
          "Body: the PublicKeyCredential.toJSON() of navigator.credentials.get over the approval"
              + " challenge. The change with its approvals; at the policy's quorum it is APPROVED"
              + " and queued for publishing. 400 assertion_refused (unknown key, suspended key,"
              + " counter regression, bad signature); 409 assertion_refused with reason"
              + " UNKNOWN_CHALLENGE for a challenge that is used, expired or of another change; 409"
              + " already_approved."
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
  public ChangeJson approve(
      @PathParam("org") String org, @PathParam("id") long id, String assertion) {
    approvals.approve(SubjectRef.change(org, id), assertion == null ? "" : assertion);
    return ChangeJson.of(changes.find(id));
  }

  @POST
  @Path("rejections")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rejects the change with a reason",
      description =
          "Body {\"reason\"}; 400 missing_reason without one. The change, REJECTED." + NOT_FOUND)
  public ChangeJson reject(
      @PathParam("org") String org, @PathParam("id") long id, RejectionJson body) {
    approvals.reject(SubjectRef.change(org, id), body == null ? null : body.reason());
    return ChangeJson.of(changes.find(id));
  }
}
