package dev.trustportal.notary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.notary.tuf.RoleName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Delegation names follow notary's data.IsDelegation. */
class RoleNameTest {
  @ParameterizedTest
  @ValueSource(strings = {"targets/releases", "targets/jeff", "targets/a/b", "targets/a-b_c9"})
  void acceptsNotaryDelegationNames(String name) {
    assertThat(new RoleName(name).isDelegation()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "targets/",
        "targets/Upper",
        "targets/a//b",
        "targets/a/",
        "targets/../x",
        "targets/./x",
        "releases",
        "targets/a b",
        "root/x"
      })
  void refusesOtherNames(String name) {
    assertThatThrownBy(() -> new RoleName(name)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"targets/a/b"})
  void knowsItsParent(String name) {
    assertThat(new RoleName(name).parent()).isEqualTo(new RoleName("targets/a"));
  }
}
