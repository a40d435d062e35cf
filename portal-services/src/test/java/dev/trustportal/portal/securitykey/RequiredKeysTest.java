package dev.trustportal.portal.securitykey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequiredKeysTest {

  private static final UUID YUBIKEY = UUID.fromString("a25342c0-3cdc-4414-8e46-f4807fca511c");
  private static final UUID OTHER_MAKER = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final Set<UUID> ALLOWED = Set.of(YUBIKEY);

  @Test
  void anyFido2CountsEveryKeyThePlatformAccepted() {
    assertThat(RequiredKeys.ANY_FIDO2.admits(false, OTHER_MAKER, ALLOWED)).isTrue();
    assertThat(RequiredKeys.ANY_FIDO2.admits(true, YUBIKEY, ALLOWED)).isTrue();
  }

  @Test
  void yubiKeysOnlyCountsAVerifiedAttestationOfAnAllowListedModel() {
    assertThat(RequiredKeys.YUBIKEY_ONLY.admits(true, YUBIKEY, ALLOWED)).isTrue();
  }

  @Test
  void yubiKeysOnlyRefusesAnUnverifiedAttestationEvenWithAYubiKeyAaguid() {
    // Under the testing policy a key claims any AAGUID it likes: only a verified chain proves the
    // model.
    assertThat(RequiredKeys.YUBIKEY_ONLY.admits(false, YUBIKEY, ALLOWED)).isFalse();
  }

  @Test
  void yubiKeysOnlyRefusesAModelOffTheCurrentAllowList() {
    assertThat(RequiredKeys.YUBIKEY_ONLY.admits(true, OTHER_MAKER, ALLOWED)).isFalse();
    assertThat(RequiredKeys.YUBIKEY_ONLY.admits(true, YUBIKEY, Set.of())).isFalse();
  }

  @Test
  void readsItsNamesAndRefusesAnythingElseSayingWhatIsExpected() {
    assertThat(RequiredKeys.parse("yubikey-only")).isEqualTo(RequiredKeys.YUBIKEY_ONLY);
    assertThat(RequiredKeys.parse(" ANY_FIDO2 ")).isEqualTo(RequiredKeys.ANY_FIDO2);
    assertThatThrownBy(() -> RequiredKeys.parse("SOFTWARE"))
        .isInstanceOf(InvalidRequiredKeysException.class)
        .hasMessageContaining("'SOFTWARE'")
        .hasMessageContaining("ANY_FIDO2")
        .hasMessageContaining("YUBIKEY_ONLY");
  }
}
