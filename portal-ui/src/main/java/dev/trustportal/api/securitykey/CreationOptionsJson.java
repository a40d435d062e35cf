package dev.trustportal.api.securitykey;

import dev.trustportal.portal.securitykey.RegistrationOptions;
import java.util.List;
import java.util.Map;

/**
 * {@code PublicKeyCredentialCreationOptionsJSON} (WebAuthn Level 3 §5.1.7): what {@code
 * PublicKeyCredential.parseCreationOptionsFromJSON} reads. Direct attestation from a cross-platform
 * authenticator, no resident key. Beside the standard members, {@code existingKey}: for an account
 * that has a usable key, the {@code PublicKeyCredentialRequestOptionsJSON} of the touch of one of
 * them that the registration needs first (null for an account without keys); browsers ignore it.
 * {@code extensions.prf} is empty: it enables the key's PRF for custodian enrolment.
 */
public record CreationOptionsJson(
    String challenge,
    Rp rp,
    User user,
    List<Param> pubKeyCredParams,
    long timeout,
    List<Descriptor> excludeCredentials,
    Selection authenticatorSelection,
    String attestation,
    RequestOptionsJson existingKey,
    Extensions extensions) {

  /**
   * {@code prf: {}} asks the authenticator to create the credential with hmac-secret, which its PRF
   * needs later (WebAuthn L3 §10.1.4): without it a key could not become a root custodian key. Keys
   * without it ignore it.
   */
  public record Extensions(Map<String, Object> prf) {}

  public record Rp(String id, String name) {}

  public record User(String id, String name, String displayName) {}

  public record Param(String type, int alg) {}

  public record Selection(
      String authenticatorAttachment,
      String residentKey,
      boolean requireResidentKey,
      String userVerification) {}

  public static CreationOptionsJson of(RegistrationOptions o) {
    return new CreationOptionsJson(
        o.challenge(),
        new Rp(o.rpId(), o.rpName()),
        new User(o.userId(), o.userName(), o.userDisplayName()),
        o.algorithms().stream().map(alg -> new Param("public-key", alg)).toList(),
        o.timeoutMillis(),
        Descriptor.all(o.excludeCredentials()),
        new Selection("cross-platform", "discouraged", false, o.userVerification()),
        "direct",
        o.existingKey().map(RequestOptionsJson::of).orElse(null),
        new Extensions(Map.of()));
  }
}
