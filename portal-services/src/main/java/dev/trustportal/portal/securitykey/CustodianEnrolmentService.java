package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.custody.CustodianKeys;
import dev.trustportal.portal.custody.CustodianPublicKey;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.securitykey.SecurityKeys.Purpose;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Enrols one of the caller's security keys as a root custodian key (issue 22): a touch of that key
 * that also evaluates the WebAuthn PRF extension over a per-key salt. The portal derives the X25519
 * public key of the PRF output ({@link CustodianKeys}) and keeps the salt and that public key; the
 * output itself is dropped here.
 */
@Stateless
@PermitAll
public class CustodianEnrolmentService {

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
  private static final byte[] SALT_PREFIX =
      "trust-portal/prf-salt/v1\n".getBytes(StandardCharsets.UTF_8);

  // Field injection: EJBs need a no-argument constructor.
  @Inject SecurityKeys keys;
  @Inject KeyPresence presence;
  @Inject CallerContext caller;
  @Inject Clock clock;
  @Inject WebAuthnConfiguration configuration;
  @Inject KeyEvents events;

  /**
   * A challenge for touching the caller's key {@code id} with PRF evaluated over its new salt. The
   * salt is SHA-256 of a prefix and the (random, single-use) challenge, so the server needs to keep
   * nothing more.
   *
   * @throws SecurityKeyNotFoundException unless the key is the caller's
   */
  public CustodianChallenge enrolmentChallenge(long id) {
    requireNoToken();
    SecurityKey key = own(id);
    AssertionOptions options = presence.challenge(Purpose.PRF_ENROLMENT, subject(id));
    AssertionOptions onlyThisKey =
        new AssertionOptions(
            options.challenge(),
            options.rpId(),
            List.of(key.credentialId()),
            options.userVerification(),
            options.timeoutMillis(),
            options.expiresAt());
    byte[] salt = salt(Base64.getUrlDecoder().decode(options.challenge()));
    return new CustodianChallenge(
        onlyThisKey, Map.of(key.credentialId(), BASE64URL.encodeToString(salt)));
  }

  /**
   * Enrols the key with the touch: the assertion must be of that key over its enrolment challenge
   * and carry the PRF result; a key enrolled before is enrolled anew (new salt, new public key).
   *
   * @throws NoPrfResultException if the touch carried no 32-byte PRF result
   * @throws AssertionRefusedException saying why the touch does not count
   */
  public CustodianEnrolment enrol(long id, String assertionJson) {
    requireNoToken();
    SecurityKey key = own(id);
    PrfAssertion prf = PrfAssertion.of(assertionJson);
    byte[] challenge =
        new AssertionVerifier(configuration.settings()).parse(prf.assertionJson()).challenge();
    SecurityKey touched = presence.verify(Purpose.PRF_ENROLMENT, subject(id), prf.assertionJson());
    if (touched.id() != key.id()) {
      throw new AssertionRefusedException(
          AssertionRefusedException.Reason.INVALID_ASSERTION,
          "the touch must be of the key being enrolled, '" + key.name() + "'.");
    }
    byte[] output =
        prf.first()
            .filter(o -> o.length == CustodianKeys.PRF_LENGTH)
            .orElseThrow(() -> new NoPrfResultException(key.name()));
    byte[] salt = salt(challenge);
    try {
      CustodianPublicKey publicKey = CustodianKeys.publicKey(output, salt);
      key.enrolAsCustodian(salt, publicKey.x25519(), clock.instant());
    } finally {
      Arrays.fill(output, (byte) 0);
    }
    events.record(
        caller.username(),
        key.username(),
        "security_key.custodian_enrolled",
        key.name(),
        "Security key '"
            + key.name()
            + "' of "
            + key.username()
            + " enrolled as a root custodian key (WebAuthn PRF); the portal keeps its salt and the"
            + " public key its PRF output derives, not the output.");
    return key.custodian().orElseThrow();
  }

  /**
   * The custodian keys of these people: per person their oldest usable enrolled key, by username.
   */
  public List<CustodianEnrolment> custodiansAmong(Collection<String> usernames) {
    return usernames.stream()
        .sorted()
        .flatMap(
            username ->
                keys.ownedBy(username).stream()
                    .filter(SecurityKey::usable)
                    .map(SecurityKey::custodian)
                    .flatMap(java.util.Optional::stream)
                    .findFirst()
                    .stream())
        .toList();
  }

  private SecurityKey own(long id) {
    return keys.find(id)
        .filter(k -> k.username().equals(caller.username()))
        .orElseThrow(() -> new SecurityKeyNotFoundException(id));
  }

  private void requireNoToken() {
    if (caller.token().isPresent()) {
      throw new SecurityKeyByTokenException();
    }
  }

  private static byte[] subject(long id) {
    return ("prf-enrolment:" + id).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] salt(byte[] challenge) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(SALT_PREFIX);
      return sha256.digest(challenge);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
