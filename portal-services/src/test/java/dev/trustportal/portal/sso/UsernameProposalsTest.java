package dev.trustportal.portal.sso;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.portal.identity.Username;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsernameProposalsTest {

  @Test
  void offersThePreferredUsernameFirstThenTheEmailsLocalPart() {
    List<String> proposals = UsernameProposals.of("alice", "alice.archer@acme.test", "sub-1");

    assertThat(proposals).startsWith("alice", "alice.archer");
    assertThat(proposals).contains("alice-2", "alice-20", "alice.archer-2");
  }

  @Test
  void fitsWishesToTheUsernamePattern() {
    assertThat(UsernameProposals.of("Élodie Dupont", null, "sub-1").get(0))
        .isEqualTo("lodie-dupont");
    assertThat(UsernameProposals.of("_ci", null, "sub-1").get(0)).isEqualTo("ci");
  }

  @Test
  void everyProposalIsAValidUsername() {
    String longest = "x".repeat(200);
    for (String proposal : UsernameProposals.of(longest, "John Smith <j@x>", "sub")) {
      assertThat(new Username(proposal).value()).isEqualTo(proposal);
    }
  }

  @Test
  void withoutUsableWishesTheNameComesFromTheSubject() {
    List<String> proposals = UsernameProposals.of("é", "@nothing", "f:123:alice");

    assertThat(proposals).hasSize(2).allMatch(p -> p.startsWith("user-"));
    assertThat(UsernameProposals.of(null, null, "f:123:alice")).isEqualTo(proposals);
    assertThat(UsernameProposals.of(null, null, "f:123:bob"))
        .doesNotContainAnyElementsOf(proposals);
  }

  @Test
  void aTakenNameIsFollowedByNumberedOnesSoAProvidersAdminNeverBecomesThePortalsAdmin() {
    assertThat(UsernameProposals.of("admin", null, "sub").subList(0, 3))
        .containsExactly("admin", "admin-2", "admin-3");
  }
}
