package dev.trustportal.portal.securitykey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.portal.securitykey.InvalidMetadataBlobException.Reason;
import dev.trustportal.portal.securitykey.TestAuthenticator.Pki;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MetadataBlobVerifierTest {

  private static final Pki MDS = Pki.generate("Test MDS");
  private static final Pki YUBICO = Pki.generate("Test Yubico");
  private static final UUID MODEL = TestAuthenticator.YUBIKEY_5_NFC;
  private static final LocalDate NEXT = LocalDate.of(2027, 1, 1);
  private static final String ENTRY =
      TestMetadata.entry(
          MODEL,
          "YubiKey 5 NFC",
          List.of(YUBICO.root()),
          "FIDO_CERTIFIED_L1@2024-01-01",
          "ATTESTATION_KEY_COMPROMISE@2025-06-01");

  private final MetadataBlobVerifier verifier = new MetadataBlobVerifier(List.of(MDS.root()));
  private final TestMetadata metadata = new TestMetadata(MDS);

  @Test
  void acceptsABlobSignedByAChainToTheMdsRoot() {
    MetadataBlob blob =
        verifier.verify(metadata.blob(42, NEXT, ENTRY, "{\"aaid\":\"4e4e#4005\"}"), Instant.now());

    assertThat(blob.serial()).isEqualTo(42);
    assertThat(blob.nextUpdate()).isEqualTo(NEXT);
    assertThat(blob.entryCount()).isEqualTo(2);
    MetadataEntry entry = blob.entry(MODEL).orElseThrow();
    assertThat(entry.description()).isEqualTo("YubiKey 5 NFC");
    assertThat(entry.attestationRoots()).containsExactly(YUBICO.root());
    assertThat(entry.compromise()).map(StatusReport::status).contains("ATTESTATION_KEY_COMPROMISE");
  }

  @Test
  void refusesATamperedPayload() {
    String[] parts = metadata.blob(42, NEXT, ENTRY).split("\\.");
    String tampered =
        parts[0]
            + "."
            + com.nimbusds.jose.util.Base64URL.encode(TestMetadata.payload(43, NEXT, ENTRY))
            + "."
            + parts[2];

    assertRefused(tampered, Reason.BAD_SIGNATURE);
  }

  @Test
  void refusesABlobChainedToAnotherRoot() {
    String forged = new TestMetadata(Pki.generate("Not The MDS")).blob(42, NEXT, ENTRY);

    assertRefused(forged, Reason.UNTRUSTED_CHAIN);
  }

  @Test
  void refusesABlobWhoseChainHasExpired() {
    assertThatThrownBy(
            () ->
                verifier.verify(
                    metadata.blob(42, NEXT, ENTRY), Instant.parse("2100-01-01T00:00:00Z")))
        .isInstanceOfSatisfying(
            InvalidMetadataBlobException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNTRUSTED_CHAIN));
  }

  @Test
  void refusesWhatIsNotAJwt() {
    assertRefused("<html>not found</html>", Reason.NOT_A_JWT);
    assertRefused("", Reason.NOT_A_JWT);
  }

  @Test
  void refusesAJwtWithoutCertificateChain() {
    // An unsigned JWT ("alg":"none") carries no x5c.
    assertRefused("eyJhbGciOiJFUzI1NiJ9.e30.c2ln", Reason.NO_CERTIFICATE_CHAIN);
  }

  @Test
  void refusesASignedPayloadThatIsNoMetadataBlob() {
    assertRefused(metadata.sign("{\"hello\":\"world\"}"), Reason.INVALID_PAYLOAD);
    assertRefused(metadata.sign("[1,2]"), Reason.INVALID_PAYLOAD);
  }

  @Test
  void refusesASerialNumberNotAboveTheStoredOne() {
    MetadataBlob blob = verifier.verify(metadata.blob(42, NEXT, ENTRY), Instant.now());

    blob.requireNewerThan(Optional.empty());
    blob.requireNewerThan(Optional.of(41L));
    assertThatThrownBy(() -> blob.requireNewerThan(Optional.of(42L)))
        .isInstanceOfSatisfying(
            InvalidMetadataBlobException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.STALE_SERIAL))
        .hasMessageContaining("42 (stored: 42)");
    assertThatThrownBy(() -> blob.requireNewerThan(Optional.of(50L)))
        .isInstanceOf(InvalidMetadataBlobException.class);
  }

  private void assertRefused(String jwt, Reason reason) {
    assertThatThrownBy(() -> verifier.verify(jwt, Instant.now()))
        .isInstanceOfSatisfying(
            InvalidMetadataBlobException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessageNotContaining("%s");
  }
}
