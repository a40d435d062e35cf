package dev.trustportal.portal.signer;

import dev.trustportal.portal.common.PortalException;
import java.time.Instant;

/**
 * A signer key that cannot be accepted, with what is wrong and what is expected. One type for every
 * cause (the API answers each with 400 {@code invalid_signer_key}); {@link #messageKey()} tells the
 * causes apart for the UI's translated texts.
 */
public final class InvalidSignerKeyException extends PortalException {

  private static final long serialVersionUID = 1L;
  private static final String USE_INSTEAD =
      "use an ECDSA P-256 key or an RSA key of at least 2048 bits.";

  private final String messageKey;

  private InvalidSignerKeyException(String cause, String message, Object... arguments) {
    super("invalid_signer_key", message, arguments);
    this.messageKey = "error.invalid_signer_key." + cause;
  }

  static InvalidSignerKeyException noneGiven() {
    return new InvalidSignerKeyException(
        "none",
        "No signer key given: send a PEM public key ('publicKey') or a PEM X.509 certificate"
            + " ('certificate').");
  }

  static InvalidSignerKeyException bothGiven() {
    return new InvalidSignerKeyException(
        "both", "Both a public key and a certificate were given: send exactly one of them.");
  }

  static InvalidSignerKeyException empty(String field) {
    return new InvalidSignerKeyException(
        "empty",
        "The '"
            + field
            + "' is empty: paste one PEM block, such as -----BEGIN PUBLIC KEY----- ... or"
            + " -----BEGIN CERTIFICATE----- ....",
        field);
  }

  static InvalidSignerKeyException privateKey(String pemType) {
    return new InvalidSignerKeyException(
        "private_key",
        "This is a private key; paste the public key or certificate, never the private key (the"
            + " text holds a PEM "
            + pemType
            + " block; openssl pkey -in key.pem -pubout prints its public key). Nothing was"
            + " stored.",
        pemType);
  }

  static InvalidSignerKeyException notPem(String field) {
    return new InvalidSignerKeyException(
        "not_pem",
        "The '"
            + field
            + "' holds no PEM block: expected text from a line -----BEGIN PUBLIC KEY----- (or"
            + " -----BEGIN CERTIFICATE-----) to the matching -----END ...----- line.",
        field);
  }

  static InvalidSignerKeyException severalBlocks(int count) {
    return new InvalidSignerKeyException(
        "several_blocks",
        "Found "
            + count
            + " PEM blocks: paste exactly one public key or certificate (add further keys"
            + " one at a time).",
        count);
  }

  static InvalidSignerKeyException malformed(String pemType, String detail) {
    return new InvalidSignerKeyException(
        "malformed",
        "The PEM block "
            + pemType
            + " cannot be read ("
            + detail
            + "): paste it again, complete and unchanged.",
        pemType,
        detail);
  }

  static InvalidSignerKeyException wrongType(String field, String found, String expected) {
    return new InvalidSignerKeyException(
        "wrong_type",
        "The '"
            + field
            + "' holds a PEM "
            + found
            + " block, but a "
            + expected
            + " block is expected here.",
        field,
        found,
        expected);
  }

  static InvalidSignerKeyException rsaTooShort(int bits) {
    return new InvalidSignerKeyException(
        "rsa_too_short",
        "The RSA key has "
            + bits
            + " bits, fewer than the 2048 notary requires: use an RSA key of 2048 bits"
            + " or more (3072 recommended) or an ECDSA P-256 key.",
        bits);
  }

  static InvalidSignerKeyException unsupportedCurve(String curve) {
    return new InvalidSignerKeyException(
        "curve",
        "The ECDSA key is on curve "
            + curve
            + ", but notary accepts only P-256 (also called prime256v1 or"
            + " secp256r1): use a P-256 key.",
        curve);
  }

  static InvalidSignerKeyException ed25519() {
    return new InvalidSignerKeyException(
        "ed25519",
        "Ed25519 keys cannot be signer keys (the notary client refuses them): " + USE_INSTEAD);
  }

  static InvalidSignerKeyException unsupportedAlgorithm(String algorithm) {
    return new InvalidSignerKeyException(
        "algorithm", "Keys of type " + algorithm + " are not supported: " + USE_INSTEAD, algorithm);
  }

  static InvalidSignerKeyException notYetValid(Instant from, Instant until) {
    return new InvalidSignerKeyException(
        "not_yet_valid",
        "The certificate is not valid yet: it is valid from "
            + from
            + " to "
            + until
            + ". Use a certificate that is valid now.",
        from.toString(),
        until.toString());
  }

  static InvalidSignerKeyException expired(Instant from, Instant until) {
    return new InvalidSignerKeyException(
        "expired",
        "The certificate expired on "
            + until
            + " (it was valid from "
            + from
            + "): use a certificate that is"
            + " valid now.",
        from.toString(),
        until.toString());
  }

  static InvalidSignerKeyException sha1Signature() {
    return new InvalidSignerKeyException(
        "sha1",
        "The certificate is signed with SHA-1, which notary refuses: issue it with SHA-256 or"
            + " stronger.");
  }

  @Override
  public String messageKey() {
    return messageKey;
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
