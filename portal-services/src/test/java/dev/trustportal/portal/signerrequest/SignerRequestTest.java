package dev.trustportal.portal.signerrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.organisation.OrganisationName;
import dev.trustportal.portal.repository.Repository;
import dev.trustportal.portal.repository.RepositoryName;
import dev.trustportal.portal.signer.SignerKeyInput;
import dev.trustportal.portal.signer.SignerName;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A signer request is decided once: accepted with the change it filed, or declined with a reason.
 */
class SignerRequestTest {

  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  final Organisation acme = new Organisation(new OrganisationName("acme"), NOW);
  final Repository app =
      new Repository(
          acme, new RepositoryName("app"), new Gun("registry.example.com/acme/app"), NOW);
  final Key key = TufKeys.ofPublicKey(KeyPairs.ecdsaP256().getPublic());

  @Test
  void aNewRequestIsPendingAndKeepsThePemAsSentWithTheKeysId() {
    SignerRequest request = request(SignerKeyInput.publicKey("-----BEGIN PUBLIC KEY-----\n...\n"));

    assertThat(request.state()).isEqualTo(SignerRequestState.PENDING);
    assertThat(request.key().publicKey()).startsWith("-----BEGIN PUBLIC KEY-----");
    assertThat(request.key().certificate()).isNull();
    assertThat(request.keyId()).isEqualTo(KeyIds.of(key).value());
    assertThat(request.organisation()).isSameAs(acme);
  }

  @Test
  void aCertificateStaysACertificate() {
    SignerRequest request =
        request(SignerKeyInput.certificate("-----BEGIN CERTIFICATE-----\n...\n"));

    assertThat(request.key().certificate()).startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(request.key().publicKey()).isNull();
  }

  @Test
  void acceptingRecordsWhoAndTheChangeAndCannotBeUndoneByADecline() {
    SignerRequest request = request(SignerKeyInput.publicKey("pem"));
    request.accept("olga", 42, NOW.plusSeconds(60));

    assertThat(request.state()).isEqualTo(SignerRequestState.ACCEPTED);
    assertThat(request.changeId()).contains(42L);
    assertThat(request.decidedBy()).contains("olga");
    assertThat(request.decidedAt()).contains(NOW.plusSeconds(60));
    assertThatThrownBy(() -> request.decline("olga", "no", NOW))
        .isInstanceOf(SignerRequestDecidedException.class)
        .hasMessageContaining("ACCEPTED");
  }

  @Test
  void decliningKeepsTheReasonAndCannotBeAcceptedAfterwards() {
    SignerRequest request = request(SignerKeyInput.publicKey("pem"));
    request.decline("olga", "use the CI key", NOW);

    assertThat(request.state()).isEqualTo(SignerRequestState.DECLINED);
    assertThat(request.reason()).contains("use the CI key");
    assertThat(request.changeId()).isEmpty();
    assertThatThrownBy(() -> request.accept("olga", 1, NOW))
        .isInstanceOf(SignerRequestDecidedException.class);
  }

  @Test
  void aStateFilterIsReadInAnyCaseAndAnythingElseIsRefused() {
    assertThat(SignerRequestState.parse(" pending ")).isEqualTo(SignerRequestState.PENDING);
    assertThatThrownBy(() -> SignerRequestState.parse("DONE"))
        .isInstanceOf(InvalidSignerRequestStateException.class)
        .hasMessageContaining("PENDING, ACCEPTED or DECLINED");
  }

  private SignerRequest request(SignerKeyInput input) {
    return new SignerRequest(app, new SignerName("vera"), input, key, "vera", NOW);
  }
}
