package dev.trustportal.portal.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.notary.tuf.RoleName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a request names roles and keys. */
class ChangeInputsTest {

  @Test
  void aThresholdRoleIsWrittenInFullOrShort() {
    assertThat(ChangeInputs.thresholdRole("releases")).isEqualTo(RoleName.RELEASES);
    assertThat(ChangeInputs.thresholdRole("targets/releases")).isEqualTo(RoleName.RELEASES);
    assertThat(ChangeInputs.thresholdRole("alice")).isEqualTo(new RoleName("targets/alice"));
    assertThat(ChangeInputs.thresholdRole("targets/alice"))
        .isEqualTo(new RoleName("targets/alice"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "root",
        "targets",
        "snapshot",
        "timestamp",
        "targets/a/b",
        "Alice",
        "",
        "targets/"
      })
  void refusesRolesWhoseThresholdIsNotSetHere(String role) {
    assertThatThrownBy(() -> ChangeInputs.thresholdRole(role))
        .isInstanceOfSatisfying(
            InvalidChangeInputException.class,
            e -> assertThat(e.code()).isEqualTo("invalid_role_name"))
        .hasMessageContaining("'releases'");
  }

  @Test
  void aKeyIdIs64LowercaseHexDigits() {
    assertThat(ChangeInputs.keyId("a".repeat(64)).value()).isEqualTo("a".repeat(64));
    assertThatThrownBy(() -> ChangeInputs.keyId("A".repeat(64)))
        .hasMessageContaining("not a key ID");
    assertThatThrownBy(() -> ChangeInputs.keyId("abc"))
        .isInstanceOf(InvalidChangeInputException.class);
  }

  @Test
  void aStateIsParsedIgnoringCase() {
    assertThat(ChangeState.parse("published")).isEqualTo(ChangeState.PUBLISHED);
    assertThatThrownBy(() -> ChangeState.parse("done")).hasMessageContaining("FILED, APPROVED");
  }
}
