package dev.trustportal.portal.securitykey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.portal.securitykey.AssertionRefusedException.Reason;
import dev.trustportal.portal.securitykey.TestAuthenticator.Attestation;
import dev.trustportal.portal.securitykey.TestAuthenticator.Pki;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssertionVerifierTest {

  private static final Pki YUBICO = Pki.generate("Test Yubico");
  private static final WebAuthnSettings SETTINGS =
      new WebAuthnSettings(
          TestAuthenticator.RP_ID,
          Set.of(TestAuthenticator.ORIGIN),
          AttestationPolicy.YUBIKEY_ONLY,
          List.of(YUBICO.root()),
          Set.of(TestAuthenticator.YUBIKEY_5_NFC),
          true);

  private final AssertionVerifier verifier = new AssertionVerifier(SETTINGS);
  private final TestAuthenticator key =
      new TestAuthenticator(TestAuthenticator.YUBIKEY_5_NFC, YUBICO);
  private final StoredCredential stored = register(key);

  @Test
  void acceptsAnAssertionOverTheChallengeAndReturnsTheGrownCounter() {
    byte[] challenge = TestAuthenticator.random(32);

    ParsedAssertion assertion = verifier.parse(key.assert_(challenge));

    assertThat(assertion.credentialId()).isEqualTo(key.credentialId());
    assertThat(assertion.challenge()).isEqualTo(challenge);
    assertThat(verifier.verify(assertion, stored, challenge)).isEqualTo(2);
  }

  @Test
  void refusesAnAssertionOverAnotherChallenge() {
    byte[] forChangeX = TestAuthenticator.random(32);
    byte[] forChangeY = TestAuthenticator.random(32);

    ParsedAssertion assertion = verifier.parse(key.assert_(forChangeX));

    assertThatThrownBy(() -> verifier.verify(assertion, stored, forChangeY))
        .isInstanceOfSatisfying(
            AssertionRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_ASSERTION));
  }

  @Test
  void refusesACounterThatDidNotGrow() {
    byte[] challenge = TestAuthenticator.random(32);
    StoredCredential usedMoreOften =
        new StoredCredential(stored.credentialId(), stored.attestedCredentialData(), 10, true);

    ParsedAssertion assertion = verifier.parse(key.assert_(challenge));

    assertThatThrownBy(() -> verifier.verify(assertion, usedMoreOften, challenge))
        .isInstanceOfSatisfying(
            AssertionRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.COUNTER_REGRESSION));
  }

  @Test
  void refusesAnAssertionByAnotherKey() {
    byte[] challenge = TestAuthenticator.random(32);
    TestAuthenticator other = new TestAuthenticator(TestAuthenticator.YUBIKEY_5_NFC, YUBICO);
    register(other);

    ParsedAssertion assertion = verifier.parse(other.assert_(challenge));

    assertThatThrownBy(() -> verifier.verify(assertion, stored, challenge))
        .isInstanceOf(AssertionRefusedException.class);
  }

  @Test
  void refusesWhatIsNotAnAssertion() {
    assertThatThrownBy(() -> verifier.parse("[]"))
        .isInstanceOfSatisfying(
            AssertionRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_ASSERTION));
  }

  private static StoredCredential register(TestAuthenticator authenticator) {
    byte[] challenge = TestAuthenticator.random(32);
    VerifiedRegistration registration =
        new RegistrationVerifier(SETTINGS)
            .verify(authenticator.register(challenge, Attestation.PACKED_CHAIN), challenge);
    return new StoredCredential(
        registration.credentialId(),
        registration.attestedCredentialData(),
        registration.signCount(),
        registration.userVerified());
  }
}
