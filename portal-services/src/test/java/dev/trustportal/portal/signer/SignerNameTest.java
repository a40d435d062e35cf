package dev.trustportal.portal.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.notary.tuf.RoleName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignerNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"alice", "ci-bot", "team_2", "0day", "a"})
  void acceptsDockerTrustSignerNames(String name) {
    assertThat(new SignerName(name).role()).isEqualTo(new RoleName("targets/" + name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Alice", "-bot", "_x", "a.b", "a/b", "targets/alice", "al ice", "ä"})
  void refusesNamesOutsideTheRule(String name) {
    assertThatThrownBy(() -> new SignerName(name))
        .isInstanceOf(InvalidSignerNameException.class)
        .hasMessageContaining("'" + name + "'")
        .hasMessageContaining("lowercase letters");
  }

  @Test
  void refusesTheReservedNameReleases() {
    assertThatThrownBy(() -> new SignerName("releases")).hasMessageContaining("reserved");
  }

  @Test
  void refusesEmptyAndTooLongNames() {
    assertThatThrownBy(() -> new SignerName("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> new SignerName(null)).hasMessageContaining("empty");
    assertThatThrownBy(() -> new SignerName("a".repeat(65))).hasMessageContaining("65 characters");
    assertThat(new SignerName("a".repeat(64)).value()).hasSize(64);
  }

  @Test
  void readsSignersFromTopLevelRolesOnly() {
    assertThat(SignerName.ofRole(new RoleName("targets/alice"))).contains(new SignerName("alice"));
    assertThat(SignerName.ofRole(RoleName.RELEASES)).isEmpty();
    assertThat(SignerName.ofRole(new RoleName("targets/a/b"))).isEmpty();
    assertThat(SignerName.ofRole(RoleName.TARGETS)).isEmpty();
  }
}
