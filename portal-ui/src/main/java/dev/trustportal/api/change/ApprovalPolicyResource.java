package dev.trustportal.api.change;

import dev.trustportal.portal.approval.ApprovalService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/orgs/{org}/approval-policy}: how many owners approve which changes; owners set it. */
@Path("orgs/{org}/approval-policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalPolicyResource {

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
      summary = "Sets the organisation's approval policy (owners only)",
      description = "Body {\"approvals\": {\"ADD_SIGNER\": 2, …}, \"selfApproval\": false, \"openHours\": 168,"
          + " \"requiredKeys\": \"YUBIKEY_ONLY\"};"
          + " types left out keep their number, absent fields keep theirs. INITIALISE_REPOSITORY is a root-key"
          + " operation: 0 until set (a new repository initialises at once, as before approvals existed); once set,"
          + " at least 1 (the repository then waits, PENDING_INITIALISATION, for its owners to approve). Restating a"
          + " type's current number changes nothing. 400 invalid_approvals (below 0, or"
          + " below 1 for root-key changes), invalid_change_type (a type that does not exist), invalid_approval_policy (open hours outside 1 to"
          + " 8760), invalid_required_keys (neither ANY_FIDO2 nor YUBIKEY_ONLY). requiredKeys tightens the platform's"
          + " attestation policy for this organisation: with YUBIKEY_ONLY an approval (of a change or a support case)"
          + " counts only from a key whose attestation was verified and whose model is on the platform's allow-list."
          + " 403 for non-owners; 404 for non-members.")
  public ApprovalPolicyJson setPolicy(@PathParam("org") String org, ApprovalPolicyJson body) {
    ApprovalPolicyJson given = body == null ? new ApprovalPolicyJson(null, null, null, null) : body;
    return ApprovalPolicyJson.of(approvals.setPolicy(org, given.approvals() == null ? Map.of() : given.approvals(),
        given.selfApproval(), given.openHours(), given.requiredKeys()));
  }
}
