package dev.trustportal.api.securitykey;

import dev.trustportal.portal.securitykey.AssertionOptions;
import java.util.List;

/**
 * {@code PublicKeyCredentialRequestOptionsJSON} (WebAuthn Level 3 §5.5.3), for {@code
 * navigator.credentials.get}.
 */
public record RequestOptionsJson(
    String challenge,
    String rpId,
    List<Descriptor> allowCredentials,
    String userVerification,
    long timeout) {

  public static RequestOptionsJson of(AssertionOptions o) {
    return new RequestOptionsJson(
        o.challenge(),
        o.rpId(),
        Descriptor.all(o.allowCredentials()),
        o.userVerification(),
        o.timeoutMillis());
  }
}
