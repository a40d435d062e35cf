package dev.trustportal.portal.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepositoryNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"app", "team/api", "a.b_c__d/e--f", "0/1/2", "web-frontend"})
  void acceptsRegistryPaths(String value) {
    assertThat(new RepositoryName(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "App", "-app", "app-", "a..b", "/app", "app/", "a//b", "a/-b", "a b", "a:b", "ä", "a/../b"
      })
  void rejectsNamesThatAreNoRegistryPath(String value) {
    assertThatThrownBy(() -> new RepositoryName(value))
        .isInstanceOf(InvalidRepositoryNameException.class)
        .hasMessageStartingWith(
            "Repository name '" + value + "' is not valid: use lowercase letters")
        .hasMessageContaining("'team/api'")
        .extracting(e -> ((InvalidRepositoryNameException) e).code())
        .isEqualTo("invalid_name");
  }

  @Test
  void rejectsAnEmptyNameSayingItIsEmpty() {
    assertThatThrownBy(() -> new RepositoryName(""))
        .isInstanceOf(InvalidRepositoryNameException.class)
        .hasMessageStartingWith("Repository name is empty")
        .extracting(e -> ((InvalidRepositoryNameException) e).messageKey())
        .isEqualTo("error.invalid_name.repository.empty");
  }

  @Test
  void rejectsMoreThan255CharactersSayingItIsTooLong() {
    assertThatThrownBy(() -> new RepositoryName("a".repeat(256)))
        .isInstanceOf(InvalidRepositoryNameException.class)
        .hasMessageContaining("256 characters long, more than the 255");
  }
}
