package dev.trustportal.portal.securitykey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.portal.securitykey.AllowListedModel.Listing;
import dev.trustportal.portal.securitykey.TestAuthenticator.Pki;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AllowListedModelTest {

  private static final Pki YUBICO = Pki.generate("Test Yubico");
  private static final Pki OTHER = Pki.generate("Other Maker");
  private static final UUID MODEL = TestAuthenticator.YUBIKEY_5_NFC;

  @Test
  void aModelListedUnderAConfiguredRootIsListed() {
    AllowListedModel model =
        FidoMetadataService.describe(
            MODEL,
            Optional.of(
                new MetadataEntry(
                    MODEL,
                    "YubiKey 5 NFC",
                    List.of(OTHER.root(), YUBICO.root()),
                    List.of(new StatusReport("FIDO_CERTIFIED_L1", LocalDate.of(2024, 1, 1))))),
            List.of(YUBICO.root()));

    assertThat(model.listing()).isEqualTo(Listing.LISTED);
    assertThat(model.status()).isEqualTo("FIDO_CERTIFIED_L1");
    assertThat(model.rootsKnown()).isTrue();
    assertThat(model.compromised()).isFalse();
  }

  @Test
  void aModelListedUnderAnotherRootIsReported() {
    AllowListedModel model =
        FidoMetadataService.describe(
            MODEL,
            Optional.of(
                new MetadataEntry(
                    MODEL,
                    "YubiKey 5 NFC",
                    List.of(OTHER.root()),
                    List.of(new StatusReport("REVOKED", null)))),
            List.of(YUBICO.root()));

    assertThat(model.listing()).isEqualTo(Listing.OTHER_ROOT);
    assertThat(model.compromised()).isTrue();
  }

  @Test
  void aModelTheMetadataDoesNotListIsReportedUnderItsShippedName() {
    AllowListedModel model =
        FidoMetadataService.describe(MODEL, Optional.empty(), List.of(YUBICO.root()));

    assertThat(model.listing()).isEqualTo(Listing.NOT_LISTED);
    assertThat(model.model()).isEqualTo(KnownModels.name(MODEL).orElseThrow());
    assertThat(model.rootsKnown()).isFalse();
  }
}
