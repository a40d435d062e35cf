package dev.trustportal.portal.support;

/**
 * The command to open a support case. {@code kind} is one of {@link CaseKind}'s names; {@code
 * signer} and {@code keyId} only for {@link CaseKind#SIGNER_KEY_LOSS}. Validated once, by the
 * service.
 */
public record OpenCase(
    String gun, String kind, String ticket, String reason, String signer, String keyId) {

  /** A case that names no signer. */
  public OpenCase(String gun, String kind, String ticket, String reason) {
    this(gun, kind, ticket, reason, null, null);
  }
}
