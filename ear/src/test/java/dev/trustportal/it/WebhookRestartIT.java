package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A delivery waiting in the outbox when the portal stops is sent after it starts again: the event
 * was committed with the change, and nothing of it lived only in memory.
 */
class WebhookRestartIT {

  private final PortalStack stack = PortalStack.current();

  @Test
  void aDeliveryQueuedBeforeARestartArrivesAfterIt() throws Exception {
    TwoTenants tenants = TwoTenants.create(stack);
    PortalApi bob = tenants.as(tenants.bob);
    String hooks = "/api/v1/orgs/" + tenants.orgB + "/webhooks";
    int port = WebhookReceiver.freePort();
    PortalApi.Response created =
        bob.post(hooks, WebhooksIT.hook("http://127.0.0.1:" + port + "/hook", "change.filed"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String secret = created.json().get("secret").asText();
    String hook = hooks + "/" + created.json().get("webhook").get("id").asText();
    assertThat(bob.call("POST", hook + "/test-events", null).status()).isEqualTo(202);
    JsonNode waiting = WebhooksIT.awaitDelivery(bob, hook, d -> d.get("attempts").asInt() >= 1);
    assertThat(waiting.get("state").asText()).isEqualTo("PENDING");

    stack.restart();

    try (WebhookReceiver receiver = WebhookReceiver.start(port)) {
      WebhookReceiver.Received arrived =
          receiver.next("webhook.test", Duration.ofSeconds(90)).orElseThrow();
      assertThat(arrived.signedWith(secret)).as("the secret opens after the restart").isTrue();
      assertThat(arrived.header("X-Trust-Portal-Event-Id"))
          .isEqualTo(waiting.get("eventId").asText());
      JsonNode delivered =
          WebhooksIT.awaitDelivery(
              tenants.as(tenants.bob), hook, d -> d.get("state").asText().equals("DELIVERED"));
      assertThat(delivered.get("id").asLong()).isEqualTo(waiting.get("id").asLong());
    }
  }
}
