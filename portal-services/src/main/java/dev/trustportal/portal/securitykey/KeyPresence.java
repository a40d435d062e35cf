package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.securitykey.AssertionRefusedException.Reason;
import dev.trustportal.portal.securitykey.SecurityKeys.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

/**
 * A fresh touch of one of the caller's own usable keys, which proves that the person at the
 * keyboard holds a key and not only the password: before another key is added, a key is removed, or
 * a fellow owner's key is confirmed. Each challenge is single-use, expires after {@link
 * WebAuthnSettings#CHALLENGE_LIFETIME} and is bound to what it allows (its nonce holds those
 * bytes): a touch for one thing allows no other. Runs in the caller's transaction.
 */
@ApplicationScoped
public class KeyPresence {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final SecurityKeys keys;
  private final CallerContext caller;
  private final Clock clock;
  private final WebAuthnConfiguration configuration;

  @Inject
  public KeyPresence(
      SecurityKeys keys, CallerContext caller, Clock clock, WebAuthnConfiguration configuration) {
    this.keys = keys;
    this.caller = caller;
    this.clock = clock;
    this.configuration = configuration;
  }

  /** For the CDI client proxy only. */
  protected KeyPresence() {
    this(null, null, null, null);
  }

  /**
   * Whether the caller has a key that can prove presence: one neither suspended nor possibly
   * cloned.
   */
  public boolean callerHasUsableKey() {
    return !usableKeys().isEmpty();
  }

  /**
   * Options for {@code navigator.credentials.get} over a challenge that allows {@code purpose} on
   * {@code subject}.
   */
  public AssertionOptions challenge(Purpose purpose, byte[] subject) {
    byte[] challenge = new byte[32];
    RANDOM.nextBytes(challenge);
    var expires = clock.instant().plus(WebAuthnSettings.CHALLENGE_LIFETIME);
    keys.storeChallenge(caller.username(), purpose, null, challenge, subject, expires);
    WebAuthnSettings settings = configuration.settings();
    return new AssertionOptions(
        BASE64URL.encodeToString(challenge),
        settings.rpId(),
        usableKeys(),
        settings.userVerificationRequired() ? "required" : "preferred",
        WebAuthnSettings.CHALLENGE_LIFETIME.toMillis(),
        expires);
  }

  /**
   * Verifies that one of the caller's usable keys signed a challenge issued to the caller for
   * {@code purpose} on {@code subject}, unexpired and unused, and records the use.
   *
   * @return the key that was touched
   * @throws AssertionRefusedException saying why the touch does not count
   */
  public SecurityKey verify(Purpose purpose, byte[] subject, String assertionJson) {
    AssertionVerifier verifier = new AssertionVerifier(configuration.settings());
    ParsedAssertion assertion = verifier.parse(assertionJson);
    SecurityKey used =
        keys.findByCredentialId(assertion.credentialId())
            .filter(k -> k.username().equals(caller.username()))
            .orElseThrow(() -> new AssertionRefusedException(Reason.UNKNOWN_KEY));
    SecurityKeyService.requireUsable(used);
    keys.consumeChallenge(caller.username(), purpose, null, assertion.challenge(), clock.instant())
        .filter(bound -> MessageDigest.isEqual(bound, subject))
        .orElseThrow(() -> new AssertionRefusedException(Reason.UNKNOWN_CHALLENGE));
    used.used(
        verifier.verify(assertion, used.credential(), assertion.challenge()), clock.instant());
    return used;
  }

  private List<String> usableKeys() {
    return keys.ownedBy(caller.username()).stream()
        .filter(SecurityKey::usable)
        .map(SecurityKey::credentialId)
        .toList();
  }
}
