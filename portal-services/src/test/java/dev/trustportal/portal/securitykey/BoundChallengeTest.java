package dev.trustportal.portal.securitykey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class BoundChallengeTest {

  private static final String DIGEST_X =
      "9696e147f00140b8cb111b5aab2ef04452153d7d88aa5345b57bd042f2def53a";
  private static final String DIGEST_Y =
      "0000e147f00140b8cb111b5aab2ef04452153d7d88aa5345b57bd042f2def53a";

  @Test
  void theChallengeIsTheSha256OfTheDigestAndTheNonce() {
    byte[] nonce = TestAuthenticator.random(32);
    byte[] digest = HexFormat.of().parseHex(DIGEST_X);
    byte[] both = new byte[64];
    System.arraycopy(digest, 0, both, 0, 32);
    System.arraycopy(nonce, 0, both, 32, 32);

    assertThat(SecurityKeyService.boundChallenge(DIGEST_X, nonce))
        .isEqualTo(TestAuthenticator.sha256(both));
  }

  @Test
  void anotherChangeOrAnotherNonceGivesAnotherChallenge() {
    byte[] nonce = TestAuthenticator.random(32);

    assertThat(SecurityKeyService.boundChallenge(DIGEST_X, nonce))
        .isNotEqualTo(SecurityKeyService.boundChallenge(DIGEST_Y, nonce))
        .isNotEqualTo(SecurityKeyService.boundChallenge(DIGEST_X, TestAuthenticator.random(32)));
  }
}
