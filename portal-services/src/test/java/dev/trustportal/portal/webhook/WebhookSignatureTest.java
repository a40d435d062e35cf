package dev.trustportal.portal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void signsTheBodyWithHmacSha256AsRfc4231TestCase2Says() {
    assertThat(WebhookSignature.sign("Jefe", bytes("what do ya want for nothing?")))
        .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void aReceiverWithTheSecretVerifiesTheDelivery() {
    String secret = WebhookSignature.newSecret();
    byte[] body = bytes("{\"id\":\"e1\",\"type\":\"change.published\"}");

    assertThat(WebhookSignature.verifies(secret, body, WebhookSignature.sign(secret, body)))
        .isTrue();
  }

  @Test
  void aTamperedBodyOrAnotherSecretDoesNotVerify() {
    String secret = WebhookSignature.newSecret();
    String signature = WebhookSignature.sign(secret, bytes("{\"type\":\"change.published\"}"));

    assertThat(WebhookSignature.verifies(secret, bytes("{\"type\":\"change.failed\"}"), signature))
        .isFalse();
    assertThat(
            WebhookSignature.verifies(
                WebhookSignature.newSecret(), bytes("{\"type\":\"change.published\"}"), signature))
        .isFalse();
    assertThat(WebhookSignature.verifies(secret, bytes("{}"), null)).isFalse();
  }

  @Test
  void newSecretsAreLongAndNeverRepeat() {
    String first = WebhookSignature.newSecret();

    assertThat(first).matches("whsec_[0-9a-f]{64}");
    assertThat(WebhookSignature.newSecret()).isNotEqualTo(first);
  }
}
