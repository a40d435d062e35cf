package dev.trustportal.portal.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.notary.server.NotaryServerException;
import dev.trustportal.notary.server.ServerUnreachableException;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.portal.common.PortalException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class NotaryFailuresTest {

  static final Gun GUN = new Gun("registry.example.com/acme/api");

  @Test
  void anUnreachableServerIsUnavailable() {
    assertThatThrownBy(
            () ->
                NotaryFailures.call(
                    GUN,
                    () -> {
                      throw new ServerUnreachableException(
                          "notary-server", new ConnectException("Connection refused"));
                    }))
        .isInstanceOf(NotaryUnavailableException.class)
        .hasMessageContaining("Connection refused")
        .hasMessageContaining("nothing was changed")
        .extracting(e -> ((PortalException) e).kind())
        .isEqualTo(PortalException.Kind.UPSTREAM_UNAVAILABLE);
  }

  @Test
  void aRefusedConnectionWithoutMessageIsNamedByItsCause() {
    assertThatThrownBy(
            () ->
                NotaryFailures.call(
                    GUN,
                    () -> {
                      throw new ServerUnreachableException(
                          "https://notary", new ConnectException());
                    }))
        .hasMessageContaining("unable to reach https://notary: ConnectException")
        .hasMessageNotContaining("null");
  }

  @Test
  void aServerFailureIsUnavailable() {
    assertThatThrownBy(
            () ->
                NotaryFailures.call(
                    GUN,
                    () -> {
                      throw new NotaryServerException(500, "UNKNOWN", "unknown error", "");
                    }))
        .isInstanceOf(NotaryUnavailableException.class);
  }

  @Test
  void aRefusedUpdateIsInvalidTrustDataNamingTheGun() {
    assertThatThrownBy(
            () ->
                NotaryFailures.call(
                    GUN,
                    () -> {
                      throw new NotaryServerException(
                          400, "VERSION", "A newer version of metadata is already available.", "");
                    }))
        .isInstanceOf(TrustDataInvalidException.class)
        .hasMessageContaining(GUN.value())
        .hasMessageContaining("A newer version")
        .extracting(e -> ((PortalException) e).code())
        .isEqualTo("trust_data_invalid");
  }

  @Test
  void aSuccessfulCallPassesItsResult() {
    assertThat(NotaryFailures.call(GUN, () -> "ok")).isEqualTo("ok");
  }
}
