package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Webhooks on the deployed EAR with a receiver on loopback (the test stack allows loopback and
 * retries after 1 s): who may register them, where they may point, and that a change's events
 * arrive signed, and arrive once the receiver is back when it was down.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhooksIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PortalStack stack = PortalStack.current();
  private TwoTenants tenants;
  private String hooksOfB;

  @BeforeAll
  void twoTenants() {
    tenants = TwoTenants.create(stack);
    hooksOfB = "/api/v1/orgs/" + tenants.orgB + "/webhooks";
  }

  static String hook(String url, String... events) {
    return "{\"url\":"
        + TextNode.valueOf(url)
        + ",\"events\":"
        + JSON.valueToTree(List.of(events))
        + "}";
  }

  @Test
  void aMemberWhoIsNoOwnerCannotRegisterListOrDeleteWebhooks() {
    PortalApi carol = tenants.as(tenants.carol);

    PortalApi.Response created =
        carol.post(hooksOfB, hook("https://ci.example.com/hook", "change.published"));

    assertThat(created.status()).as(created.body()).isEqualTo(403);
    assertThat(created.json().get("error").asText()).isEqualTo("forbidden");
    assertThat(carol.get(hooksOfB).status()).isEqualTo(403);
    assertThat(urlsOfB()).doesNotContain("https://ci.example.com/hook");
  }

  @Test
  void anotherOrganisationsOwnerGetsNotFoundAndTheRefusalIsAudited() {
    PortalApi.Response created =
        tenants
            .as(tenants.alice)
            .post(hooksOfB, hook("https://ci.example.com/hook", "change.published"));

    assertThat(created.status()).as(created.body()).isEqualTo(404);
    assertThat(created.json().get("error").asText()).isEqualTo("not_found");
    assertThat(tenants.refusalsInB(tenants.alice)).contains("POST " + hooksOfB);
  }

  @Test
  void aWebhookAtTheCloudMetadataServiceOrAnyInternalAddressIsRefused() {
    PortalApi bob = tenants.as(tenants.bob);
    for (String url :
        List.of(
            "https://169.254.169.254/latest/meta-data/iam/security-credentials/",
            "http://169.254.169.254/latest/meta-data/",
            "https://[::ffff:169.254.169.254]/",
            "https://[fd00:ec2::254]/",
            "https://10.0.0.1/hook",
            "https://192.168.0.1/hook",
            "https://0.0.0.0/hook")) {
      PortalApi.Response refused = bob.post(hooksOfB, hook(url, "change.published"));

      assertThat(refused.status()).as(url + " -> " + refused.body()).isEqualTo(400);
      assertThat(refused.json().get("error").asText()).as(url).isEqualTo("invalid_webhook");
    }
    assertThat(urlsOfB()).as("nothing registered").noneMatch(u -> !u.contains("127.0.0.1"));
  }

  @Test
  void badInputIsRefusedWithWhatIsExpected() {
    PortalApi bob = tenants.as(tenants.bob);

    assertThat(bob.post(hooksOfB, hook("http://ci.example.com/hook", "change.published")).body())
        .contains("is not https");
    assertThat(
            bob.post(hooksOfB, hook("https://me:pw@ci.example.com/hook", "change.published"))
                .body())
        .contains("user name or password");
    PortalApi.Response unknown = bob.post(hooksOfB, hook("https://ci.example.com/hook", "boom"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("'boom' is no event type").contains("change.published");
    assertThat(bob.post(hooksOfB, hook("https://ci.example.com/hook")).body())
        .contains("at least one event type");
    assertThat(urlsOfB()).noneMatch(u -> u.contains("example.com"));
  }

  @Test
  void aPublishedChangeArrivesSignedWithTheSecretShownOnce() throws Exception {
    PortalApi bob = tenants.as(tenants.bob);
    try (WebhookReceiver receiver = WebhookReceiver.start(WebhookReceiver.freePort())) {
      PortalApi.Response created =
          bob.post(hooksOfB, hook(receiver.url().toString(), "change.filed", "change.published"));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      String secret = created.json().get("secret").asText();
      long id = created.json().get("webhook").get("id").asLong();
      assertThat(bob.get(hooksOfB).body()).as("the secret is shown once").doesNotContain(secret);
      assertThat(
              stack.portalSql(
                  "select count(*) from webhook where url like '%"
                      + receiver.port()
                      + "%' and position(convert_to('"
                      + secret
                      + "', 'UTF8') in secret_ciphertext) = 0"))
          .as("stored sealed, not in the clear")
          .isEqualTo("1");

      long change = fileSigner(bob, "hooked");
      bob.awaitPublished(change);

      WebhookReceiver.Received published =
          receiver.next("change.published", Duration.ofSeconds(30)).orElseThrow();
      assertThat(published.signedWith(secret)).as(published.headers().toString()).isTrue();
      JsonNode event = JSON.readTree(published.body());
      assertThat(event.get("type").asText()).isEqualTo("change.published");
      assertThat(event.get("organisation").asText()).isEqualTo(tenants.orgB);
      assertThat(event.get("target").asText()).isEqualTo(tenants.gunB);
      assertThat(event.get("id").asText()).isEqualTo(published.header("X-Trust-Portal-Event-Id"));
      assertThat(Instant.parse(event.get("occurredAt").asText()))
          .isAfter(Instant.now().minusSeconds(120));
      assertThat(published.signedWith("whsec_" + "0".repeat(64))).isFalse();

      JsonNode log = bob.get(hooksOfB + "/" + id + "/deliveries").json();
      assertThat(log.get("items").findValuesAsText("state")).contains("DELIVERED");
      assertThat(log.get("items").findValuesAsText("eventType"))
          .contains("change.filed", "change.published");
      assertThat(tenants.eventsOfB().stream().map(e -> e.get("action").asText()).toList())
          .as("registering is audited")
          .contains("webhook.created");
    }
  }

  @Test
  void aDeliveryToAReceiverThatIsDownIsRetriedAndArrivesOnceItIsBack() throws Exception {
    PortalApi bob = tenants.as(tenants.bob);
    int port = WebhookReceiver.freePort();
    String url = "http://127.0.0.1:" + port + "/hook";
    PortalApi.Response created = bob.post(hooksOfB, hook(url, "change.failed"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String secret = created.json().get("secret").asText();
    String hook = hooksOfB + "/" + created.json().get("webhook").get("id").asText();

    PortalApi.Response test = bob.call("POST", hook + "/test-events", null);
    assertThat(test.status()).as(test.body()).isEqualTo(202);
    JsonNode failing = awaitDelivery(bob, hook, d -> d.get("attempts").asInt() >= 2);
    assertThat(failing.get("state").asText()).isEqualTo("PENDING");
    assertThat(failing.get("lastError").asText()).contains("could not be reached");
    assertThat(failing.path("nextAttemptAt").asText()).isNotEmpty();

    try (WebhookReceiver receiver = WebhookReceiver.start(port)) {
      WebhookReceiver.Received arrived =
          receiver.next("webhook.test", Duration.ofSeconds(60)).orElseThrow();
      assertThat(arrived.signedWith(secret)).isTrue();
      JsonNode delivered =
          awaitDelivery(bob, hook, d -> d.get("state").asText().equals("DELIVERED"));
      assertThat(delivered.get("attempts").asInt()).isGreaterThanOrEqualTo(3);
      assertThat(delivered.get("lastStatus").asInt()).isEqualTo(204);
    }

    assertThat(bob.delete(hook).status()).isEqualTo(204);
    assertThat(bob.get(hook + "/deliveries").status()).isEqualTo(404);
    assertThat(tenants.eventsOfB().stream().map(e -> e.get("action").asText()).toList())
        .contains("webhook.deleted");
  }

  /** The URLs of B's hooks, as its owner lists them. */
  private List<String> urlsOfB() {
    return tenants.as(tenants.bob).get(hooksOfB).json().get("items").findValuesAsText("url");
  }

  /** Files adding a signer to B's repository; B's policy publishes it at once. */
  private long fileSigner(PortalApi bob, String name) {
    String signer =
        "{\"name\":\""
            + name
            + "\",\"publicKey\":"
            + TextNode.valueOf(SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()))
            + "}";
    PortalApi.Response filed =
        bob.post(
            "/api/v1/orgs/" + tenants.orgB + "/repositories/" + tenants.repoB + "/signers", signer);
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    return filed.json().get("id").asLong();
  }

  /** The hook's newest delivery once it satisfies {@code done}, within a minute. */
  static JsonNode awaitDelivery(
      PortalApi api, String hook, java.util.function.Predicate<JsonNode> done)
      throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(60);
    while (true) {
      JsonNode items = api.get(hook + "/deliveries").json().get("items");
      if (!items.isEmpty() && done.test(items.get(0))) {
        return items.get(0);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("the delivery did not get there: " + items);
      }
      Thread.sleep(250);
    }
  }
}
