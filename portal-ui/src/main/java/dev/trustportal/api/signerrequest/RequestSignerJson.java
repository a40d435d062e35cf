package dev.trustportal.api.signerrequest;

/** The body of a signer request: a signer name and one key, a PEM public key or a PEM X.509 certificate. */
public record RequestSignerJson(String name, String publicKey, String certificate) {}
