package dev.trustportal.api.support;

/**
 * The body that opens a case: {@code {"gun", "kind", "ticket", "reason"}}, and for SIGNER_KEY_LOSS also
 * {@code "signer"} and {@code "keyId"}.
 */
public record OpenCaseJson(String gun, String kind, String ticket, String reason, String signer, String keyId) {}
