package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.common.PortalException;

/**
 * The touch came without a PRF result ({@code clientExtensionResults.prf.results.first}, 32 bytes):
 * the browser or the security key does not support the WebAuthn PRF extension (CTAP2 hmac-secret),
 * so the key cannot be a root custodian. YubiKey 5 and Security Key series support it.
 */
public final class NoPrfResultException extends PortalException {

  private static final long serialVersionUID = 1L;

  public NoPrfResultException(String keyName) {
    super(
        "prf_not_supported",
        "The security key '"
            + keyName
            + "' returned no PRF result (clientExtensionResults.prf.results.first, 32 bytes): it or"
            + " this browser does not support the WebAuthn PRF extension (hmac-secret), so it"
            + " cannot hold root keys. Keys that can: YubiKey 5 and Security Key series, and other"
            + " FIDO2 keys with hmac-secret.",
        keyName);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
