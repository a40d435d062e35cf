package dev.trustportal.api.change;

/**
 * The body of a request for a new signer: its name and one key, as a PEM public key or a PEM X.509
 * certificate (exactly one of the two).
 */
public record AddSignerJson(String name, String publicKey, String certificate) {}
