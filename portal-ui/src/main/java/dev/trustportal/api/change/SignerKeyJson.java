package dev.trustportal.api.change;

/** The body of a request for another key of a signer: a PEM public key or a PEM certificate. */
public record SignerKeyJson(String publicKey, String certificate) {}
