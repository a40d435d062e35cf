package dev.trustportal.api.change;

import dev.trustportal.portal.approval.ApprovalPolicy;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organisation's approval policy: owners needed per type of change (ADD_SIGNER, REMOVE_SIGNER,
 * ADD_SIGNER_KEY, REMOVE_SIGNER_KEY, SET_THRESHOLD, INITIALISE_REPOSITORY), whether requesters may
 * approve their own changes, how many hours a request stays open, and which security keys count for
 * approvals ({@code ANY_FIDO2}: every key the platform accepts; {@code YUBIKEY_ONLY}: only YubiKeys
 * whose attestation was verified).
 */
@Schema(
    example =
        "{\"approvals\": {\"ADD_SIGNER\": 2, \"REMOVE_SIGNER\": 1, \"ADD_SIGNER_KEY\": 1,"
            + " \"REMOVE_SIGNER_KEY\": 1, \"SET_THRESHOLD\": 1, \"INITIALISE_REPOSITORY\": 1},"
            + " \"selfApproval\": false, \"openHours\": 168, \"requiredKeys\": \"YUBIKEY_ONLY\"}")
public record ApprovalPolicyJson(
    Map<String, Integer> approvals, Boolean selfApproval, Integer openHours, String requiredKeys) {

  static ApprovalPolicyJson of(ApprovalPolicy p) {
    return new ApprovalPolicyJson(
        new TreeMap<>(p.approvals()), p.selfApproval(), p.openHours(), p.requiredKeys().name());
  }
}
