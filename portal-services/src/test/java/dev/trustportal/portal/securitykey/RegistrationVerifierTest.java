package dev.trustportal.portal.securitykey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.portal.securitykey.SecurityKeyRefusedException.Reason;
import dev.trustportal.portal.securitykey.TestAuthenticator.Attestation;
import dev.trustportal.portal.securitykey.TestAuthenticator.Pki;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RegistrationVerifierTest {

  private static final Pki YUBICO = Pki.generate("Test Yubico");
  private static final Pki OTHER = Pki.generate("Other Maker");
  private static final WebAuthnSettings YUBIKEYS_ONLY =
      new WebAuthnSettings(
          TestAuthenticator.RP_ID,
          Set.of(TestAuthenticator.ORIGIN),
          AttestationPolicy.YUBIKEY_ONLY,
          List.of(YUBICO.root()),
          Set.of(TestAuthenticator.YUBIKEY_5_NFC),
          true);

  private final byte[] challenge = TestAuthenticator.random(32);

  @Test
  void acceptsAYubiKeyChainedToTheConfiguredRootWithAnAllowedAaguid() {
    TestAuthenticator key = new TestAuthenticator(TestAuthenticator.YUBIKEY_5_NFC, YUBICO);

    VerifiedRegistration accepted =
        verify(YUBIKEYS_ONLY, key.register(challenge, Attestation.PACKED_CHAIN));

    assertThat(accepted.credentialId()).isEqualTo(key.credentialId());
    assertThat(accepted.aaguid()).isEqualTo(TestAuthenticator.YUBIKEY_5_NFC);
    assertThat(accepted.format()).isEqualTo("packed");
    assertThat(accepted.signCount()).isEqualTo(1);
    assertThat(accepted.attestationVerified()).isTrue();
  }

  @Test
  void refusesAttestationNone() {
    TestAuthenticator key = new TestAuthenticator(TestAuthenticator.YUBIKEY_5_NFC, YUBICO);

    assertRefused(YUBIKEYS_ONLY, key.register(challenge, Attestation.NONE), Reason.NO_ATTESTATION);
    assertRefused(
        YUBIKEYS_ONLY.withPolicy(AttestationPolicy.ANY_FIDO2),
        key.register(challenge, Attestation.NONE),
        Reason.NO_ATTESTATION);
  }

  @Test
  void refusesSelfAttestation() {
    TestAuthenticator key = new TestAuthenticator(TestAuthenticator.YUBIKEY_5_NFC, YUBICO);

    assertRefused(
        YUBIKEYS_ONLY, key.register(challenge, Attestation.SELF), Reason.SELF_ATTESTATION);
    assertRefused(
        YUBIKEYS_ONLY.withPolicy(AttestationPolicy.ANY_FIDO2),
        key.register(challenge, Attestation.SELF),
        Reason.SELF_ATTESTATION);
  }

  @Test
  void refusesAChainToAnotherRoot() {
    TestAuthenticator forged = new TestAuthenticator(TestAuthenticator.YUBIKEY_5_NFC, OTHER);

    assertRefused(
        YUBIKEYS_ONLY,
        forged.register(challenge, Attestation.PACKED_CHAIN),
        Reason.UNTRUSTED_CHAIN);
  }

  @Test
  void refusesAnAaguidOffTheAllowList() {
    TestAuthenticator otherModel = new TestAuthenticator(UUID.randomUUID(), YUBICO);

    assertRefused(
        YUBIKEYS_ONLY,
        otherModel.register(challenge, Attestation.PACKED_CHAIN),
        Reason.AAGUID_NOT_ALLOWED);
  }

  @Test
  void anyFido2AcceptsAnyModelChainedToAConfiguredRoot() {
    TestAuthenticator otherModel = new TestAuthenticator(UUID.randomUUID(), YUBICO);

    assertThat(
            verify(
                    YUBIKEYS_ONLY.withPolicy(AttestationPolicy.ANY_FIDO2),
                    otherModel.register(challenge, Attestation.PACKED_CHAIN))
                .format())
        .isEqualTo("packed");
  }

  @Test
  void refusesABackupEligibleCredential() {
    TestAuthenticator synced =
        new TestAuthenticator(TestAuthenticator.YUBIKEY_5_NFC, YUBICO).backupEligible();

    assertRefused(
        YUBIKEYS_ONLY,
        synced.register(challenge, Attestation.PACKED_CHAIN),
        Reason.BACKUP_ELIGIBLE);
    assertRefused(
        YUBIKEYS_ONLY.withPolicy(AttestationPolicy.ANY_AUTHENTICATOR_TESTING),
        synced.register(challenge, Attestation.NONE),
        Reason.BACKUP_ELIGIBLE);
  }

  @Test
  void refusesAnAnswerToAnotherChallenge() {
    TestAuthenticator key = new TestAuthenticator(TestAuthenticator.YUBIKEY_5_NFC, YUBICO);

    assertRefused(
        YUBIKEYS_ONLY,
        key.register(TestAuthenticator.random(32), Attestation.PACKED_CHAIN),
        Reason.INVALID_RESPONSE);
  }

  @Test
  void refusesAnotherOrigin() {
    TestAuthenticator phished =
        new TestAuthenticator(TestAuthenticator.YUBIKEY_5_NFC, YUBICO)
            .origin("https://portal.example.evil");

    assertRefused(
        YUBIKEYS_ONLY,
        phished.register(challenge, Attestation.PACKED_CHAIN),
        Reason.INVALID_RESPONSE);
  }

  @Test
  void testingPolicyAcceptsNoneAndSelfAttestation() {
    WebAuthnSettings testing =
        YUBIKEYS_ONLY.withPolicy(AttestationPolicy.ANY_AUTHENTICATOR_TESTING);

    VerifiedRegistration none =
        verify(
            testing,
            new TestAuthenticator(UUID.randomUUID(), OTHER).register(challenge, Attestation.NONE));
    VerifiedRegistration self =
        verify(
            testing,
            new TestAuthenticator(UUID.randomUUID(), OTHER).register(challenge, Attestation.SELF));

    assertThat(none.format()).isEqualTo("none");
    assertThat(self.format()).isEqualTo("packed");
    // Accepted, but nothing proves the maker: an organisation asking for YubiKeys will not count
    // them.
    assertThat(none.attestationVerified()).isFalse();
    assertThat(self.attestationVerified()).isFalse();
  }

  @Test
  void yubikeysOnlyRefusesAModelSuspendedByAStatusReport() {
    TestAuthenticator key = new TestAuthenticator(TestAuthenticator.YUBIKEY_5_NFC, YUBICO);
    MetadataBlob metadata =
        metadata(
            TestAuthenticator.YUBIKEY_5_NFC,
            List.of(YUBICO.root()),
            new StatusReport("FIDO_CERTIFIED_L1", java.time.LocalDate.of(2024, 1, 1)),
            new StatusReport("USER_KEY_PHYSICAL_COMPROMISE", java.time.LocalDate.of(2025, 2, 1)));

    assertThatThrownBy(
            () ->
                new RegistrationVerifier(YUBIKEYS_ONLY, java.util.Optional.of(metadata))
                    .verify(key.register(challenge, Attestation.PACKED_CHAIN), challenge))
        .isInstanceOfSatisfying(
            SecurityKeyRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MODEL_COMPROMISED))
        .hasMessageContaining("YubiKey 5 NFC")
        .hasMessageContaining("USER_KEY_PHYSICAL_COMPROMISE");
  }

  @Test
  void aModelCertifiedAgainAfterACompromiseIsAccepted() {
    TestAuthenticator key = new TestAuthenticator(TestAuthenticator.YUBIKEY_5_NFC, YUBICO);
    MetadataBlob metadata =
        metadata(
            TestAuthenticator.YUBIKEY_5_NFC,
            List.of(YUBICO.root()),
            new StatusReport("REVOKED", java.time.LocalDate.of(2024, 1, 1)),
            new StatusReport("FIDO_CERTIFIED_L1", java.time.LocalDate.of(2025, 2, 1)));

    assertThat(
            new RegistrationVerifier(YUBIKEYS_ONLY, java.util.Optional.of(metadata))
                .verify(key.register(challenge, Attestation.PACKED_CHAIN), challenge)
                .format())
        .isEqualTo("packed");
  }

  @Test
  void theMetadataAddsTheRootsItListsForTheModel() {
    TestAuthenticator key = new TestAuthenticator(TestAuthenticator.YUBIKEY_5_NFC, OTHER);
    MetadataBlob listsOther = metadata(TestAuthenticator.YUBIKEY_5_NFC, List.of(OTHER.root()));
    MetadataBlob listsOtherForAnotherModel = metadata(UUID.randomUUID(), List.of(OTHER.root()));

    assertThat(
            new RegistrationVerifier(YUBIKEYS_ONLY, java.util.Optional.of(listsOther))
                .verify(key.register(challenge, Attestation.PACKED_CHAIN), challenge)
                .format())
        .isEqualTo("packed");
    assertThatThrownBy(
            () ->
                new RegistrationVerifier(
                        YUBIKEYS_ONLY, java.util.Optional.of(listsOtherForAnotherModel))
                    .verify(key.register(challenge, Attestation.PACKED_CHAIN), challenge))
        .isInstanceOfSatisfying(
            SecurityKeyRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNTRUSTED_CHAIN));
  }

  private static MetadataBlob metadata(
      UUID aaguid, List<java.security.cert.X509Certificate> roots, StatusReport... reports) {
    return new MetadataBlob(
        1,
        java.time.LocalDate.of(2030, 1, 1),
        1,
        java.util.Map.of(
            aaguid, new MetadataEntry(aaguid, "YubiKey 5 NFC", roots, List.of(reports))));
  }

  @Test
  void refusesWhatIsNotARegistration() {
    assertRefused(YUBIKEYS_ONLY, "{\"id\":\"x\"}", Reason.INVALID_RESPONSE);
  }

  private VerifiedRegistration verify(WebAuthnSettings settings, String json) {
    return new RegistrationVerifier(settings).verify(json, challenge);
  }

  private void assertRefused(WebAuthnSettings settings, String json, Reason reason) {
    assertThatThrownBy(() -> verify(settings, json))
        .isInstanceOfSatisfying(
            SecurityKeyRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessageNotContaining("%s");
  }
}
