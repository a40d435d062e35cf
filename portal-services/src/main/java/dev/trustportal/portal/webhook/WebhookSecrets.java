package dev.trustportal.portal.webhook;

import dev.trustportal.portal.custody.KeyEncryptionKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;

/**
 * Seals webhook secrets under the key-encryption key that seals the repositories' keys, bound to
 * the hook's ID as associated data: a sealed secret copied to another hook's row does not open.
 */
@ApplicationScoped
public class WebhookSecrets {

  // Versioned so that a later encoding cannot be confused with this one.
  private static final String PREFIX = "trust-portal/webhook-secret/v1\n";
  private static final int NONCE_LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  // Field injection: the class needs a no-argument constructor for its client proxy.
  @Inject KeyEncryptionKey kek;

  public SealedSecret seal(long webhookId, String secret) {
    byte[] nonce = new byte[NONCE_LENGTH];
    RANDOM.nextBytes(nonce);
    byte[] ciphertext =
        kek.encrypt(nonce, boundTo(webhookId), secret.getBytes(StandardCharsets.UTF_8));
    return new SealedSecret(kek.id(), nonce, ciphertext);
  }

  public String open(long webhookId, SealedSecret sealed) {
    if (!kek.id().equals(sealed.kekId())) {
      throw new IllegalStateException(
          "webhook " + webhookId + " was sealed under " + sealed.kekId() + ", not " + kek.id());
    }
    try {
      return new String(
          kek.decrypt(sealed.nonce(), boundTo(webhookId), sealed.ciphertext()),
          StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new IllegalStateException("the secret of webhook " + webhookId + " does not open", e);
    }
  }

  private static byte[] boundTo(long webhookId) {
    return (PREFIX + webhookId).getBytes(StandardCharsets.UTF_8);
  }
}
