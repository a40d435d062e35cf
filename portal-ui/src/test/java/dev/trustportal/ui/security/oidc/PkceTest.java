package dev.trustportal.ui.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PkceTest {

  @Test
  void theChallengeIsTheS256OfTheVerifierAsInRfc7636AppendixB() {
    assertThat(Pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
        .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  }

  @Test
  void aVerifierHas43UnreservedCharactersAndIsNeverTheSameTwice() {
    String verifier = Pkce.newVerifier();

    assertThat(verifier).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(Pkce.newVerifier()).isNotEqualTo(verifier);
  }

  @Test
  void aPendingSignInMatchesOnlyItsOwnState() {
    PendingSignIn pending = PendingSignIn.start("orgs/acme/members");

    assertThat(pending.matches(pending.state())).isTrue();
    assertThat(pending.matches(PendingSignIn.start("").state())).isFalse();
    assertThat(pending.matches(null)).isFalse();
    assertThat(pending.toString()).doesNotContain(pending.state(), pending.nonce(), pending.codeVerifier());
  }
}
