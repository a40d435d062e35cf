package dev.trustportal.portal.securitykey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class KnownModelsTest {

  @Test
  void aYubiKeyIsNamedByItsAaguid() {
    assertThat(KnownModels.name(UUID.fromString("2fc0579f-8113-47ea-b116-bb5a8db9202a")))
        .contains("YubiKey 5 Series with NFC (firmware 5.2, 5.4)");
  }

  @Test
  void anUnknownAaguidHasNoModel() {
    assertThat(KnownModels.name(UUID.fromString("00000000-0000-0000-0000-000000000001"))).isEmpty();
  }

  @Test
  void theDefaultAllowListIsEveryKnownModel() {
    assertThat(WebAuthnConfiguration.defaultAaguids())
        .isEqualTo(KnownModels.all().keySet())
        .isNotEmpty();
  }
}
