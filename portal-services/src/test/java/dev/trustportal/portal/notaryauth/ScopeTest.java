package dev.trustportal.portal.notaryauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScopeTest {

  @Test
  void readsWhatNotarysCliAsksForWhenItPublishes() {
    Scope scope = Scope.parse("repository:registry.example.com/acme/app:push,pull");

    assertThat(scope)
        .isEqualTo(
            new Scope("repository", "registry.example.com/acme/app", List.of("push", "pull")));
    assertThat(scope.isRepository()).isTrue();
  }

  @Test
  void keepsTheColonOfARegistryPortInTheName() {
    assertThat(Scope.parse("repository:localhost:5000/acme/app:pull").name())
        .isEqualTo("localhost:5000/acme/app");
  }

  @Test
  void readsSeveralScopesInOneParameterAndInSeveral() {
    List<Scope> scopes =
        Scope.parseAll(
            List.of("repository:r/a/b:pull repository:r/a/c:*", "repository:r/a/d:push"));

    assertThat(scopes).extracting(Scope::name).containsExactly("r/a/b", "r/a/c", "r/a/d");
    assertThat(scopes.get(1).actions()).containsExactly("*");
  }

  @Test
  void noScopeAsksForNothing() {
    assertThat(Scope.parseAll(List.of())).isEmpty();
    assertThat(Scope.parseAll(List.of(" "))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "repository",
        "repository:r/a/b",
        "repository:r/a/b:",
        ":r/a/b:pull",
        "repository::pull",
        "Repository:r/a/b:pull",
        "repository:r/a/b:pull,,push",
        "repository:r/a/b:delete"
      })
  void refusesWhatDoesNotFollowTheGrammarSayingWhatIsExpected(String text) {
    assertThatThrownBy(() -> Scope.parse(text))
        .isInstanceOf(MalformedScopeException.class)
        .hasMessageContaining("'" + text + "' is malformed")
        .hasMessageContaining(
            "Expected repository:<registry host>/<organisation>/<repository>:<actions>");
  }

  @Test
  void writesItselfBackInTheGrammar() {
    assertThat(Scope.parse("repository:r/a/b:push,pull").withActions(List.of("pull")))
        .hasToString("repository:r/a/b:pull");
  }
}
