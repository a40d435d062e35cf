package dev.trustportal.api.change;

import dev.trustportal.portal.approval.ApprovalService;
import dev.trustportal.portal.approval.PolicyDecision;
import dev.trustportal.portal.approval.SubjectRef;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/v1/orgs/{org}/approval-policy}: how many owners approve which changes; owners set it.
 * A request that weakens the policy is filed as a policy change ({@code
 * …/approval-policy/changes/{id}}) that the owners approve with security keys, as they approve
 * changes of trust.
 */
@Path("orgs/{org}/approval-policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalPolicyResource {

  private static final String NOT_FOUND =
      " 404 unless the policy change belongs to the organisation and the"
          + " caller to it; 403 for members who are not owners; 409 policy_change_not_pending.";

  private final ApprovalService approvals;

  @Inject
  public ApprovalPolicyResource(ApprovalService approvals) {
    this.approvals = approvals;
  }

  /** For the CDI client proxy only. */
  protected ApprovalPolicyResource() {
    this(null);
  }

  @GET
  @Operation(summary = "The organisation's approval policy", description = "404 for non-members.")
  public ApprovalPolicyJson policy(@PathParam("org") String org) {
    return ApprovalPolicyJson.of(approvals.policy(org));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Sets the organisation's approval policy (owners only); a weakening is filed for"
              + " approval",
      description =
          "Body {\"approvals\": {\"ADD_SIGNER\": 2, …}, \"selfApproval\": false, \"openHours\":"
              + " 168, \"requiredKeys\": \"YUBIKEY_ONLY\"}; types left out keep their number,"
              + " absent fields keep theirs. What tightens the policy (a higher count,"
              + " self-approval forbidden, a shorter open period, YUBIKEY_ONLY) applies at once:"
              + " 200 with the policy. What weakens it (a lower count, self-approval allowed, a"
              + " longer open period, ANY_FIDO2 after YUBIKEY_ONLY) is filed as a policy change"
              + " that needs the approvals of the current policy (its strictest count) with"
              + " security keys: 202 with the filed change, and the policy stays as it is until the"
              + " owners approve it at …/approval-policy/changes/{id}. While every count is 0 (an"
              + " organisation that has not required approvals yet) a weakening applies at once."
              + " INITIALISE_REPOSITORY is a root-key operation: 0 until set (a new repository"
              + " initialises at once, as before approvals existed); once set, at least 1 (the"
              + " repository then waits, PENDING_INITIALISATION, for its owners to approve)."
              + " Restating a type's current number changes nothing. 400 invalid_approvals (below"
              + " 0, or below 1 for root-key changes), invalid_change_type (a type that does not"
              + " exist), invalid_approval_policy (open hours outside 1 to 8760),"
              + " invalid_required_keys (neither ANY_FIDO2 nor YUBIKEY_ONLY). requiredKeys tightens"
              + " the platform's attestation policy for this organisation: with YUBIKEY_ONLY an"
              + " approval (of a change, a support case or a policy change) counts only from a key"
              + " whose attestation was verified and whose model is on the platform's allow-list."
              + " 403 for non-owners; 404 for non-members.")
  public Response setPolicy(@PathParam("org") String org, ApprovalPolicyJson body) {
    ApprovalPolicyJson given = body == null ? new ApprovalPolicyJson(null, null, null, null) : body;
    PolicyDecision decision =
        approvals.setPolicy(
            org,
            given.approvals() == null ? Map.of() : given.approvals(),
            given.selfApproval(),
            given.openHours(),
            given.requiredKeys());
    return decision
        .filed()
        .map(filed -> Response.accepted(PolicyChangeJson.of(filed)).build())
        .orElseGet(() -> Response.ok(ApprovalPolicyJson.of(decision.policy())).build());
  }

  @GET
  @Path("changes")
  @Operation(
      summary = "The organisation's policy changes waiting for approval, oldest first",
      description = "404 for non-members.")
  public List<PolicyChangeJson> pending(@PathParam("org") String org) {
    return approvals.pendingPolicyChanges(org).stream().map(PolicyChangeJson::of).toList();
  }

  @GET
  @Path("changes/{policyChangeId: [0-9]+}")
  @Operation(
      summary = "One policy change",
      description = "404 unless it is the organisation's and the caller a member.")
  public PolicyChangeJson change(
      @PathParam("org") String org, @PathParam("policyChangeId") long id) {
    return PolicyChangeJson.of(approvals.policyChange(org, id));
  }

  @GET
  @Path("changes/{policyChangeId: [0-9]+}/approval-challenge")
  @Operation(
      summary = "A fresh WebAuthn challenge to approve the policy change, bound to its digest",
      description =
          "As for changes of trust: publicKey is PublicKeyCredentialRequestOptionsJSON, its"
              + " challenge SHA-256(digest || nonce), single-use, valid 5 minutes. 403"
              + " self_approval when the requester asks and the current policy does not allow it;"
              + " 409 approval_period_over."
              + NOT_FOUND)
  public ApprovalChallengeJson challenge(
      @PathParam("org") String org, @PathParam("policyChangeId") long id) {
    return ApprovalChallengeJson.of(approvals.challenge(SubjectRef.policyChange(org, id)));
  }

  @POST
  @Path("changes/{policyChangeId: [0-9]+}/approvals")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Approves the policy change with a security-key assertion",
      description =
          "Body: the PublicKeyCredential.toJSON() of navigator.credentials.get over the approval"
              + " challenge. The policy change with its approvals; at the quorum it is APPLIED. 400"
              + " assertion_refused (also for a key the current policy does not count); 409"
              + " assertion_refused (UNKNOWN_CHALLENGE); 409 already_approved."
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
  public PolicyChangeJson approve(
      @PathParam("org") String org, @PathParam("policyChangeId") long id, String assertion) {
    approvals.approve(SubjectRef.policyChange(org, id), assertion == null ? "" : assertion);
    return PolicyChangeJson.of(approvals.policyChange(org, id));
  }

  @POST
  @Path("changes/{policyChangeId: [0-9]+}/rejections")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rejects the policy change with a reason",
      description =
          "Body {\"reason\"}; 400 missing_reason without one. The policy change, REJECTED."
              + NOT_FOUND)
  public PolicyChangeJson reject(
      @PathParam("org") String org, @PathParam("policyChangeId") long id, RejectionJson body) {
    approvals.reject(SubjectRef.policyChange(org, id), body == null ? null : body.reason());
    return PolicyChangeJson.of(approvals.policyChange(org, id));
  }
}
