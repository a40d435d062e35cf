package dev.trustportal.api.support;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body that opens a case: {@code {"gun", "kind", "ticket", "reason"}}, and for SIGNER_KEY_LOSS
 * also {@code "signer"} and {@code "keyId"}.
 */
@Schema(
    example =
        "{\"gun\": \"registry.example.com/acme/api\", \"kind\": \"TRUST_RESET\", \"ticket\":"
            + " \"SUP-1234\", \"reason\": \"The root key was on a laptop that was lost.\"}")
public record OpenCaseJson(
    String gun, String kind, String ticket, String reason, String signer, String keyId) {}
