package dev.trustportal.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"acme", "acme-labs", "a.b_c__d", "a--b", "0", "team42", "a---b.c"})
  void acceptsRegistryPathComponents(String value) {
    assertThat(new OrganisationName(value).value()).isEqualTo(value);
  }

  @Test
  void acceptsExactly255Characters() {
    assertThat(new OrganisationName("a".repeat(255)).value()).hasSize(255);
  }

  @Test
  void rejectsEmptyNameSayingItIsEmpty() {
    assertThatThrownBy(() -> new OrganisationName(""))
        .isInstanceOf(InvalidOrganisationNameException.class)
        .hasMessageStartingWith("Organisation name is empty")
        .hasMessageContaining("for example 'acme-labs'")
        .extracting(e -> ((InvalidOrganisationNameException) e).messageKey())
        .isEqualTo("error.invalid_name.empty");
  }

  @Test
  void rejectsNullLikeEmpty() {
    assertThatThrownBy(() -> new OrganisationName(null))
        .isInstanceOf(InvalidOrganisationNameException.class)
        .hasMessageStartingWith("Organisation name is empty");
  }

  @Test
  void rejects256CharactersSayingItIsTooLong() {
    assertThatThrownBy(() -> new OrganisationName("a".repeat(256)))
        .isInstanceOf(InvalidOrganisationNameException.class)
        .hasMessageContaining("256 characters long, more than the 255 allowed")
        .extracting(e -> ((InvalidOrganisationNameException) e).messageKey())
        .isEqualTo("error.invalid_name.too_long");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Acme",
        "-acme",
        ".acme",
        "_acme",
        "acme-",
        "acme.",
        "a..b",
        "a...b",
        "a___b",
        "a._b",
        "acme labs",
        "acme/labs",
        "ä"
      })
  void rejectsNamesThatAreNoPathComponent(String value) {
    assertThatThrownBy(() -> new OrganisationName(value))
        .isInstanceOf(InvalidOrganisationNameException.class)
        .hasMessage(
            "Organisation name '"
                + value
                + "' is not valid: use 1 to 255 lowercase letters or digits, optionally separated"
                + " by '.', '_', '__' or '-' (for example 'acme-labs').");
  }

  @Test
  void invalidNameCarriesCodeKeyAndArgumentForTheUi() {
    var e = new InvalidOrganisationNameException[1];
    try {
      new OrganisationName("Acme");
    } catch (InvalidOrganisationNameException thrown) {
      e[0] = thrown;
    }
    assertThat(e[0].code()).isEqualTo("invalid_name");
    assertThat(e[0].messageKey()).isEqualTo("error.invalid_name");
    assertThat(e[0].arguments()).containsExactly("Acme");
  }
}
