package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.securitykey.AssertionRefusedException.Reason;
import dev.trustportal.portal.securitykey.SecurityKeys.Purpose;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The caller's security keys: registering one under the platform's attestation policy, listing and
 * removing them, and touching one to approve a change. Every challenge is single-use and expires after
 * {@link WebAuthnSettings#CHALLENGE_LIFETIME}. An approval's challenge is SHA-256(change digest || nonce),
 * so an assertion over it approves that change and nothing else.
 */
@Stateless
@PermitAll
public class SecurityKeyService {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  // Field injection: EJBs need a no-argument constructor.
  @Inject SecurityKeys keys;
  @Inject CallerContext caller;
  @Inject Clock clock;
  @Inject WebAuthnConfiguration configuration;
  @Inject AuditLog audit;
  @Inject ClonedKeys cloned;
  @Inject PlatformAttestationService platform;
  @Inject FidoMetadataService metadata;

  /** Options for registering a new key; the challenge is stored for 5 minutes. */
  public RegistrationOptions registrationOptions() {
    String username = caller.username();
    byte[] challenge = random(32);
    keys.storeChallenge(username, Purpose.REGISTRATION, null, challenge, null, expiry());
    WebAuthnSettings settings = configuration.settings();
    List<String> registered = keys.ownedBy(username).stream().map(SecurityKey::credentialId).toList();
    return new RegistrationOptions(BASE64URL.encodeToString(challenge), settings.rpId(), "Trust Portal",
        BASE64URL.encodeToString(sha256(username.getBytes(StandardCharsets.UTF_8))), username, username,
        List.of(-7, -8, -257), registered, userVerification(settings), timeoutMillis());
  }

  /**
   * Registers the created credential under a name, if the attestation policy accepts it.
   *
   * @throws SecurityKeyRefusedException naming why the key does not meet the policy
   */
  public SecurityKeyView register(String name, String credentialJson) {
    SecurityKeyName keyName = new SecurityKeyName(name);
    String username = caller.username();
    WebAuthnSettings settings = platform.effectiveSettings();
    RegistrationVerifier verifier = new RegistrationVerifier(settings, metadata.current());
    byte[] challenge = verifier.challengeOf(credentialJson);
    keys.consumeChallenge(username, Purpose.REGISTRATION, null, challenge, clock.instant())
        .orElseThrow(() -> new SecurityKeyRefusedException(SecurityKeyRefusedException.Reason.UNKNOWN_CHALLENGE));
    VerifiedRegistration registration = verifier.verify(credentialJson, challenge);
    SecurityKey key = new SecurityKey(username, keyName, registration, clock.instant());
    keys.store(key);
    audit.record(AuditRecord.platform(username, "security_key.registered", keyName.value(), Outcome.SUCCEEDED,
        "Model " + registration.aaguid() + ", attestation " + registration.format() + ", policy "
            + settings.policy() + "."));
    return SecurityKeyView.of(key);
  }

  /** The caller's keys, oldest first. */
  public List<SecurityKeyView> list() {
    return keys.ownedBy(caller.username()).stream().map(SecurityKeyView::of).toList();
  }

  /**
   * Removes one of the caller's keys; another person's key is not found. The caller's last key goes only
   * with a fresh assertion: without a key, nobody could tell the person at the keyboard from someone
   * who only has the password.
   *
   * @throws SecurityKeyAssertionRequiredException for the last key without an assertion
   */
  public void remove(long id) {
    remove(id, Optional.empty());
  }

  /**
   * Removes one of the caller's keys after verifying {@code assertionJson} (the {@code
   * PublicKeyCredential.toJSON()} of an assertion over a challenge of {@link #removalChallenge}), which the
   * last key needs.
   *
   * @throws AssertionRefusedException saying why the assertion does not count
   */
  public void remove(long id, Optional<String> assertionJson) {
    SecurityKey key = own(id);
    boolean last = keys.ownedBy(caller.username()).size() == 1;
    if (last && assertionJson.isEmpty()) {
      throw new SecurityKeyAssertionRequiredException(id, key.name());
    }
    assertionJson.ifPresent(this::verifyPresence);
    keys.remove(key);
    audit.record(AuditRecord.platform(caller.username(), "security_key.removed", key.name(), Outcome.SUCCEEDED,
        null));
  }

  /** A challenge for removing one of the caller's keys with a fresh touch of a key of theirs. */
  public AssertionOptions removalChallenge(long id) {
    own(id);
    byte[] challenge = random(32);
    Instant expires = expiry();
    // The challenge itself as the nonce: nothing to bind it to but the caller and the purpose.
    keys.storeChallenge(caller.username(), Purpose.REMOVAL, null, challenge, challenge, expires);
    return new AssertionOptions(BASE64URL.encodeToString(challenge), configuration.settings().rpId(), usableKeys(),
        userVerification(configuration.settings()), timeoutMillis(), expires);
  }

  /** One of the caller's usable keys signed a removal challenge issued to the caller, unexpired and unused. */
  private void verifyPresence(String assertionJson) {
    AssertionVerifier verifier = new AssertionVerifier(configuration.settings());
    ParsedAssertion assertion = verifier.parse(assertionJson);
    SecurityKey used = keys.findByCredentialId(assertion.credentialId())
        .filter(k -> k.username().equals(caller.username()))
        .orElseThrow(() -> new AssertionRefusedException(Reason.UNKNOWN_KEY));
    requireUsable(used);
    byte[] challenge = keys.consumeChallenge(caller.username(), Purpose.REMOVAL, null, assertion.challenge(),
        clock.instant()).orElseThrow(() -> new AssertionRefusedException(Reason.UNKNOWN_CHALLENGE));
    used.used(verifier.verify(assertion, used.credential(), challenge), clock.instant());
  }

  private List<String> usableKeys() {
    return keys.ownedBy(caller.username()).stream().filter(SecurityKey::usable)
        .map(SecurityKey::credentialId).toList();
  }

  /** The platform's attestation policy, for the UI to say what it accepts (and warn in testing mode). */
  public AttestationPolicy attestationPolicy() {
    return platform.effectiveSettings().policy();
  }

  /** A challenge for approving a subject with one of the caller's keys, bound to the subject's digest. */
  public AssertionOptions approvalChallenge(ApprovalBinding binding) {
    return boundChallengeFor(binding.purpose(), binding.subjectId(), binding.digestHex());
  }

  private AssertionOptions boundChallengeFor(Purpose purpose, long subjectId, String digestHex) {
    String username = caller.username();
    byte[] nonce = random(32);
    Instant expires = expiry();
    byte[] challenge = boundChallenge(digestHex, nonce);
    keys.storeChallenge(username, purpose, subjectId, challenge, nonce, expires);
    List<String> usable = keys.ownedBy(username).stream().filter(SecurityKey::usable)
        .map(SecurityKey::credentialId).toList();
    return new AssertionOptions(BASE64URL.encodeToString(challenge), configuration.settings().rpId(), usable,
        userVerification(configuration.settings()), timeoutMillis(), expires);
  }

  /**
   * Verifies an assertion for approving a subject: made with one of the caller's keys, over a challenge
   * issued to the caller for this subject (used once, unexpired) and derived from its digest, with a
   * growing signature counter. A counter that does not grow suspends the key and is audited.
   *
   * @param organisation the subject's organisation, whose audit chain records a suspension
   * @param required which keys the organisation counts for approvals
   * @throws AssertionRefusedException saying why the assertion does not count
   */
  public KeyUse verifyApproval(ApprovalBinding binding, String organisation, RequiredKeys required,
      String assertionJson) {
    return verifyBound(binding.purpose(), organisation, required, binding.subjectId(), binding.digestHex(),
        assertionJson, binding.use());
  }

  private KeyUse verifyBound(Purpose purpose, String organisation, RequiredKeys required, long subjectId,
      String digestHex, String assertionJson, String context) {
    AssertionVerifier verifier = new AssertionVerifier(configuration.settings());
    ParsedAssertion assertion = verifier.parse(assertionJson);
    SecurityKey key = keys.findByCredentialId(assertion.credentialId())
        .filter(k -> k.username().equals(caller.username()))
        .orElseThrow(() -> new AssertionRefusedException(Reason.UNKNOWN_KEY));
    requireUsable(key);
    if (!required.admits(key.attestationVerified(), key.aaguid(), platform.effectiveSettings().allowedAaguids())) {
      throw new AssertionRefusedException(Reason.MODEL_NOT_ACCEPTED, key.name());
    }
    byte[] nonce = keys.consumeChallenge(caller.username(), purpose, subjectId, assertion.challenge(),
        clock.instant()).orElseThrow(() -> new AssertionRefusedException(Reason.UNKNOWN_CHALLENGE));
    byte[] expected = boundChallenge(digestHex, nonce);
    try {
      key.used(verifier.verify(assertion, key.credential(), expected), clock.instant());
    } catch (AssertionRefusedException refused) {
      if (refused.reason() == Reason.COUNTER_REGRESSION) {
        cloned.suspend(key.id(), key.username(), key.name(), organisation, key.signCount(), context);
        throw new AssertionRefusedException(Reason.COUNTER_REGRESSION, key.name());
      }
      throw refused;
    }
    return new KeyUse(key.id(), key.name());
  }

  private static void requireUsable(SecurityKey key) {
    if (key.possiblyCloned()) {
      throw new AssertionRefusedException(Reason.POSSIBLY_CLONED, key.name());
    }
    key.suspendedReason().ifPresent(reason -> {
      throw new AssertionRefusedException(Reason.SUSPENDED, "'" + key.name() + "' (" + reason + ")");
    });
  }

  /** SHA-256(digest || nonce): the challenge that binds an assertion to exactly one change. */
  static byte[] boundChallenge(String digestHex, byte[] nonce) {
    byte[] digest = HexFormat.of().parseHex(digestHex);
    byte[] both = new byte[digest.length + nonce.length];
    System.arraycopy(digest, 0, both, 0, digest.length);
    System.arraycopy(nonce, 0, both, digest.length, nonce.length);
    return sha256(both);
  }

  private SecurityKey own(long id) {
    return keys.find(id).filter(k -> k.username().equals(caller.username()))
        .orElseThrow(() -> new SecurityKeyNotFoundException(id));
  }

  private Instant expiry() {
    return clock.instant().plus(WebAuthnSettings.CHALLENGE_LIFETIME);
  }

  private static long timeoutMillis() {
    return WebAuthnSettings.CHALLENGE_LIFETIME.toMillis();
  }

  private static String userVerification(WebAuthnSettings settings) {
    return settings.userVerificationRequired() ? "required" : "preferred";
  }

  private static byte[] random(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
