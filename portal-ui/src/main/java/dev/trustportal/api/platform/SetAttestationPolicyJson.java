package dev.trustportal.api.platform;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a change of the platform's attestation policy: the policy and the AAGUIDs it allows.
 */
@Schema(
    example =
        "{\"policy\": \"YUBIKEY_ONLY\", \"allowedAaguids\":"
            + " [\"cb69481e-8ff7-4039-93ec-0a2729a154a8\"]}")
public record SetAttestationPolicyJson(String policy, List<String> allowedAaguids) {}
