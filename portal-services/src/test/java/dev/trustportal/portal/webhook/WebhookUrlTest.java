package dev.trustportal.portal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlTest {

  /** Resolves names of the tests without DNS: literals to themselves, one public name. */
  private static final Destinations.Resolver RESOLVER =
      host ->
          host.equals("hooks.example.com")
              ? new InetAddress[] {InetAddress.getByName("93.184.216.34")}
              : host.equals("rebound.example.com")
                  ? new InetAddress[] {
                    InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")
                  }
                  : InetAddress.getAllByName(host);

  private static void check(String url, boolean loopbackAllowed) {
    Destinations.check(WebhookUrl.parse(url, loopbackAllowed), RESOLVER, loopbackAllowed);
  }

  @Test
  void anHttpsUrlToAPublicHostIsAccepted() {
    WebhookUrl url = WebhookUrl.parse("  https://hooks.example.com/trust?x=1 ", false);

    assertThat(url.toString()).isEqualTo("https://hooks.example.com/trust?x=1");
    check(url.toString(), false);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://hooks.example.com/trust",
        "ftp://hooks.example.com/",
        "http://127.0.0.1:9000/hook"
      })
  void plainHttpIsRefusedWithoutTheLoopbackFlag(String url) {
    assertThatThrownBy(() -> WebhookUrl.parse(url, false))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("is not https");
  }

  @Test
  void plainHttpToLoopbackIsAcceptedOnlyWithTheFlagAndOnlyToLoopback() {
    check("http://127.0.0.1:9000/hook", true);
    assertThatThrownBy(() -> WebhookUrl.parse("http://hooks.example.com/hook", true))
        .hasMessageContaining("is not https");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"https://user:pass@hooks.example.com/", "https://token@hooks.example.com/"})
  void credentialsInTheUrlAreRefused(String url) {
    assertThatThrownBy(() -> WebhookUrl.parse(url, false))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("user name or password");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "hooks.example.com/trust", "https://", "https://h/#frag", "not a url"})
  void whatIsNoAbsoluteUrlIsRefused(String url) {
    assertThatThrownBy(() -> WebhookUrl.parse(url, false))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("is not a URL a webhook can be sent to");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://169.254.169.254/latest/meta-data/",
        "https://[fd00:ec2::254]/",
        "https://10.1.2.3/",
        "https://172.16.0.1/",
        "https://192.168.1.1/",
        "https://100.100.100.200/",
        "https://0.0.0.0/",
        "https://[::]/",
        "https://[fe80::1]/",
        "https://[::ffff:169.254.169.254]/",
        "https://[64:ff9b::a9fe:a9fe]/",
        "https://224.0.0.1/",
        "https://255.255.255.255/",
        "https://rebound.example.com/"
      })
  void internalAddressesAreRefused(String url) {
    assertThatThrownBy(() -> check(url, false))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("internal address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://127.0.0.1/", "https://[::1]/", "https://localhost/"})
  void loopbackIsRefusedWithoutTheFlag(String url) {
    assertThatThrownBy(() -> check(url, false)).hasMessageContaining("internal address");
  }

  @Test
  void theLoopbackFlagOpensLoopbackOnlyNotTheMetadataService() {
    check("https://127.0.0.1:8443/", true);
    assertThatThrownBy(() -> check("https://169.254.169.254/", true))
        .hasMessageContaining("internal address");
    assertThatThrownBy(() -> check("https://10.0.0.1/", true))
        .hasMessageContaining("internal address");
  }

  @Test
  void anUnknownEventTypeIsRefusedWithTheKnownOnes() {
    assertThatThrownBy(() -> WebhookEvent.parse("change.exploded"))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("'change.exploded' is no event type")
        .hasMessageContaining("change.published");
    assertThatThrownBy(() -> WebhookEvent.parse("webhook.test"))
        .hasMessageContaining("is no event type");
  }

  @Test
  void auditActionsMapToTheirEventTypes() {
    assertThat(WebhookEvent.ofAuditAction("signer_request.declined"))
        .contains(WebhookEvent.SIGNER_REQUEST_DECIDED);
    assertThat(WebhookEvent.ofAuditAction("support.case_done"))
        .contains(WebhookEvent.SUPPORT_CASE_CARRIED_OUT);
    assertThat(WebhookEvent.ofAuditAction("webhook.created")).isEmpty();
  }
}
