package dev.trustportal.portal.securitykey;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The caller's security keys: registering one under the platform's attestation policy, listing and
 * removing them, and touching one to approve a change. Every challenge is single-use and expires
 * after {@link WebAuthnSettings#CHALLENGE_LIFETIME}. An approval's challenge is SHA-256(change
 * digest || nonce), so an assertion over it approves that change and nothing else.
 *
 * <p>A password alone gives no key that approves (issue 20): adding a key to an account that has
 * one, and removing any key, take a fresh touch of a key of the account ({@link KeyPresence}); a
 * new key counts for an organisation only as {@link KeyStanding} says; every registration and
 * removal is in the chain of each organisation the account owns ({@link KeyEvents}); and no API
 * token registers or removes keys.
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
  @Inject ClonedKeys cloned;
  @Inject PlatformAttestationService platform;
  @Inject FidoMetadataService metadata;
  @Inject KeyPresence presence;
  @Inject KeyStandings standings;
  @Inject KeyEvents events;
  @Inject KeyConfirmations confirmations;
  @Inject CustodianKeyLosses custodianKeyLosses;
  @Inject CoolingOffPeriod coolingOff;

  /**
   * Options for registering a new key; the challenge is stored for 5 minutes. When the caller has a
   * usable key, the options carry a challenge for a touch of it ({@link
   * RegistrationOptions#existingKey()}), bound to this registration.
   *
   * @throws SecurityKeyByTokenException for a caller with an API token
   */
  public RegistrationOptions registrationOptions() {
    requireNoToken();
    String username = caller.username();
    byte[] challenge = random(32);
    keys.storeChallenge(username, Purpose.REGISTRATION, null, challenge, null, expiry());
    WebAuthnSettings settings = configuration.settings();
    List<String> registered =
        keys.ownedBy(username).stream().map(SecurityKey::credentialId).toList();
    Optional<AssertionOptions> existingKey =
        presence.callerHasUsableKey()
            ? Optional.of(presence.challenge(Purpose.KEY_ADDITION, challenge))
            : Optional.empty();
    return new RegistrationOptions(
        BASE64URL.encodeToString(challenge),
        settings.rpId(),
        "Trust Portal",
        BASE64URL.encodeToString(sha256(username.getBytes(StandardCharsets.UTF_8))),
        username,
        username,
        List.of(-7, -8, -257),
        registered,
        userVerification(settings),
        timeoutMillis(),
        existingKey);
  }

  /**
   * Registers the created credential under a name, if the attestation policy accepts it. An account
   * with a usable key adds another only with {@code existingKeyAssertion}: a touch of one of its
   * keys over the {@code existingKey} challenge of the same registration options.
   *
   * @throws SecurityKeyRefusedException naming why the key does not meet the policy
   * @throws ExistingKeyTouchRequiredException when the account has a usable key and no touch of it
   *     came
   * @throws SecurityKeyByTokenException for a caller with an API token
   */
  public SecurityKeySummary register(
      String name, String credentialJson, Optional<String> existingKeyAssertion) {
    requireNoToken();
    SecurityKeyName keyName = new SecurityKeyName(name);
    String username = caller.username();
    WebAuthnSettings settings = platform.effectiveSettings();
    RegistrationVerifier verifier = new RegistrationVerifier(settings, metadata.current());
    byte[] challenge = verifier.challengeOf(credentialJson);
    keys.consumeChallenge(username, Purpose.REGISTRATION, null, challenge, clock.instant())
        .orElseThrow(
            () ->
                new SecurityKeyRefusedException(
                    SecurityKeyRefusedException.Reason.UNKNOWN_CHALLENGE));
    if (presence.callerHasUsableKey()) {
      presence.verify(
          Purpose.KEY_ADDITION,
          challenge,
          existingKeyAssertion.orElseThrow(ExistingKeyTouchRequiredException::new));
    }
    VerifiedRegistration registration = verifier.verify(credentialJson, challenge);
    SecurityKey key = new SecurityKey(username, keyName, registration, clock.instant());
    keys.store(key);
    events.record(
        username,
        username,
        "security_key.registered",
        keyName.value(),
        "Security key '"
            + keyName.value()
            + "' of "
            + username
            + " registered: model "
            + registration.aaguid()
            + ", attestation "
            + registration.format()
            + ", policy "
            + settings.policy()
            + ". It counts for approvals once another owner"
            + " confirms it, after its cooling-off period (from "
            + standings.coolsOffAt(key)
            + "), or at once in an"
            + " organisation that has not required approvals yet.");
    return view(key);
  }

  /** The caller's keys, oldest first, each with where it counts for approvals. */
  public List<SecurityKeySummary> list() {
    return keys.ownedBy(caller.username()).stream().map(this::view).toList();
  }

  private SecurityKeySummary view(SecurityKey key) {
    Instant now = clock.instant();
    return SecurityKeySummary.of(
        key,
        confirmations.ownedBy(key.username()).stream()
            .map(org -> KeyStandingSummary.of(org, standings.of(key, org), now))
            .toList());
  }

  /**
   * Removes one of the caller's keys after verifying {@code assertionJson} (the {@code
   * PublicKeyCredential.toJSON()} of an assertion over a challenge of {@link #removalChallenge})
   * made with it or another of the caller's keys; another person's key is not found. Without the
   * touch, someone with only the password could remove the keys and then add one of their own
   * without a touch.
   *
   * @throws SecurityKeyAssertionRequiredException without an assertion
   * @throws AssertionRefusedException saying why the assertion does not count
   * @param custodianLossAcknowledged the caller accepts that, without this custodian key, fewer
   *     custodians than the threshold remain somewhere (the page warned them)
   * @throws SecurityKeyByTokenException for a caller with an API token
   * @throws CustodianKeyLossNotAcknowledgedException if so and not acknowledged (before the touch
   *     is spent)
   */
  public void remove(long id, Optional<String> assertionJson, boolean custodianLossAcknowledged) {
    requireNoToken();
    SecurityKey key = own(id);
    List<CustodianKeyLoss> losses = custodianLosses(key);
    if (!losses.isEmpty() && !custodianLossAcknowledged) {
      throw new CustodianKeyLossNotAcknowledgedException(key.name(), losses);
    }
    SecurityKey touched =
        presence.verify(
            Purpose.REMOVAL,
            removalSubject(id),
            assertionJson.orElseThrow(
                () -> new SecurityKeyAssertionRequiredException(id, key.name())));
    keys.remove(key);
    events.record(
        caller.username(),
        key.username(),
        "security_key.removed",
        key.name(),
        "Security key '"
            + key.name()
            + "' of "
            + key.username()
            + " removed with a touch of '"
            + touched.name()
            + "'."
            + (losses.isEmpty()
                ? ""
                : " Acknowledged: fewer custodians than the threshold remain in "
                    + CustodianKeyLossNotAcknowledgedException.words(losses)
                    + "."));
  }

  /**
   * Where removing one of the caller's keys leaves fewer custodians than the threshold (it holds
   * their root keys); the page warns before it asks for the touch.
   */
  public List<CustodianKeyLoss> custodianLossesWithout(long id) {
    return custodianLosses(own(id));
  }

  private List<CustodianKeyLoss> custodianLosses(SecurityKey key) {
    return confirmations.ownedBy(key.username()).stream()
        .map(org -> custodianKeyLosses.withoutKey(org, key.username(), key.id()))
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * A challenge for removing one of the caller's keys with a fresh touch of it or of another key of
   * theirs.
   */
  public AssertionOptions removalChallenge(long id) {
    requireNoToken();
    own(id);
    return presence.challenge(Purpose.REMOVAL, removalSubject(id));
  }

  private static byte[] removalSubject(long id) {
    return ("removal:" + id).getBytes(StandardCharsets.UTF_8);
  }

  private void requireNoToken() {
    if (caller.token().isPresent()) {
      throw new SecurityKeyByTokenException();
    }
  }

  /**
   * How long a new key waits before it counts for approvals without another owner's confirmation.
   */
  public Duration coolingOffPeriod() {
    return coolingOff.period();
  }

  /**
   * The platform's attestation policy, for the UI to say what it accepts (and warn in testing
   * mode).
   */
  public AttestationPolicy attestationPolicy() {
    return platform.effectiveSettings().policy();
  }

  /**
   * A challenge for approving a subject with one of the caller's keys, bound to the subject's
   * digest.
   */
  public AssertionOptions approvalChallenge(ApprovalBinding binding) {
    return boundChallengeFor(binding.purpose(), binding.subjectId(), binding.digestHex());
  }

  private AssertionOptions boundChallengeFor(Purpose purpose, long subjectId, String digestHex) {
    String username = caller.username();
    byte[] nonce = random(32);
    Instant expires = expiry();
    byte[] challenge = boundChallenge(digestHex, nonce);
    keys.storeChallenge(username, purpose, subjectId, challenge, nonce, expires);
    List<String> usable =
        keys.ownedBy(username).stream()
            .filter(SecurityKey::usable)
            .map(SecurityKey::credentialId)
            .toList();
    return new AssertionOptions(
        BASE64URL.encodeToString(challenge),
        configuration.settings().rpId(),
        usable,
        userVerification(configuration.settings()),
        timeoutMillis(),
        expires);
  }

  /**
   * Verifies an assertion for approving a subject: made with one of the caller's keys, over a
   * challenge issued to the caller for this subject (used once, unexpired) and derived from its
   * digest, with a growing signature counter. A counter that does not grow suspends the key and is
   * audited.
   *
   * @param organisation the subject's organisation, whose audit chain records a suspension
   * @param required which keys the organisation counts for approvals
   * @throws AssertionRefusedException saying why the assertion does not count
   */
  public KeyUse verifyApproval(
      ApprovalBinding binding, String organisation, RequiredKeys required, String assertionJson) {
    return verifyBound(
        binding.purpose(),
        organisation,
        required,
        key -> standings.requireCountsFor(key, organisation, clock.instant()),
        binding.subjectId(),
        binding.digestHex(),
        assertionJson,
        binding.use());
  }

  /**
   * Verifies an assertion for approving a subject of the platform (a platform role request), as
   * {@link #verifyApproval} does; the key counts once its cooling-off period after registration has
   * passed (no owner confirms keys for the platform), so that a stolen password that registers a
   * key approves nothing. A suspension is recorded in the platform's audit chain.
   *
   * @throws AssertionRefusedException saying why the assertion does not count
   */
  public KeyUse verifyPlatformApproval(ApprovalBinding binding, String assertionJson) {
    return verifyBound(
        binding.purpose(),
        null,
        RequiredKeys.ANY_FIDO2,
        key -> standings.requireCountsForPlatform(key, clock.instant()),
        binding.subjectId(),
        binding.digestHex(),
        assertionJson,
        binding.use());
  }

  private KeyUse verifyBound(
      Purpose purpose,
      String organisation,
      RequiredKeys required,
      java.util.function.Consumer<SecurityKey> standing,
      long subjectId,
      String digestHex,
      String assertionJson,
      String context) {
    AssertionVerifier verifier = new AssertionVerifier(configuration.settings());
    ParsedAssertion assertion = verifier.parse(assertionJson);
    SecurityKey key =
        keys.findByCredentialId(assertion.credentialId())
            .filter(k -> k.username().equals(caller.username()))
            .orElseThrow(() -> new AssertionRefusedException(Reason.UNKNOWN_KEY));
    requireUsable(key);
    if (!required.admits(
        key.attestationVerified(), key.aaguid(), platform.effectiveSettings().allowedAaguids())) {
      throw new AssertionRefusedException(Reason.MODEL_NOT_ACCEPTED, key.name());
    }
    standing.accept(key);
    byte[] nonce =
        keys.consumeChallenge(
                caller.username(), purpose, subjectId, assertion.challenge(), clock.instant())
            .orElseThrow(() -> new AssertionRefusedException(Reason.UNKNOWN_CHALLENGE));
    byte[] expected = boundChallenge(digestHex, nonce);
    try {
      key.used(verifier.verify(assertion, key.credential(), expected), clock.instant());
    } catch (AssertionRefusedException refused) {
      if (refused.reason() == Reason.COUNTER_REGRESSION) {
        cloned.suspend(
            key.id(), key.username(), key.name(), organisation, key.signCount(), context);
        throw new AssertionRefusedException(Reason.COUNTER_REGRESSION, key.name());
      }
      throw refused;
    }
    return new KeyUse(key.id(), key.name());
  }

  /**
   * @throws AssertionRefusedException for a key that is possibly cloned or suspended
   */
  static void requireUsable(SecurityKey key) {
    if (key.possiblyCloned()) {
      throw new AssertionRefusedException(Reason.POSSIBLY_CLONED, key.name());
    }
    key.suspendedReason()
        .ifPresent(
            reason -> {
              throw new AssertionRefusedException(
                  Reason.SUSPENDED, "'" + key.name() + "' (" + reason + ")");
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
    return keys.find(id)
        .filter(k -> k.username().equals(caller.username()))
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
