package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * The expiry radar on the deployed EAR: with a warning window wider than the 3 years the portal
 * gives its targets role ({@code PORTAL_EXPIRY_WARNING=P1200D}, and a repository read again every 5
 * s), a repository's expiring roles are announced once each, as {@code repository.expiring} events
 * that a subscribed receiver gets signed, and never again on the radar's next reads; the trust page
 * warns of them in English and Chinese. The stack is restarted with that configuration and
 * restarted without it at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpiryRadarIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PortalStack stack = PortalStack.current();
  private TwoTenants tenants;
  private WebhookReceiver receiver;
  private String secret;
  private String hook;

  @BeforeAll
  void aSubscribedHookAndAPortalWithAWideWarningWindow() throws Exception {
    tenants = TwoTenants.create(stack);
    PortalApi bob = tenants.as(tenants.bob);
    bob.awaitPublished(Long.parseLong(tenants.changeB));
    receiver = WebhookReceiver.start(WebhookReceiver.freePort());
    String hooks = "/api/v1/orgs/" + tenants.orgB + "/webhooks";
    PortalApi.Response created =
        bob.post(hooks, WebhooksIT.hook(receiver.url().toString(), "repository.expiring"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    secret = created.json().get("secret").asText();
    hook = hooks + "/" + created.json().get("webhook").get("id").asText();
    stack.restart(Map.of("PORTAL_EXPIRY_WARNING", "P1200D", "PORTAL_EXPIRY_RECHECK", "PT5S"));
  }

  @AfterAll
  void theDefaultWindowAgain() throws Exception {
    if (receiver != null) {
      receiver.close();
    }
    stack.restart();
  }

  @Test
  void anExpiringRoleIsAnnouncedOnceToASubscribedWebhookAndNotAgainOnTheNextReads()
      throws Exception {
    List<JsonNode> first = expiringEventsOf(tenants.gunB, Duration.ofSeconds(120));
    List<String> roles = new ArrayList<>();
    for (JsonNode event : first) {
      assertThat(event.get("organisation").asText()).isEqualTo(tenants.orgB);
      assertThat(event.get("actor").asText()).isEqualTo("trust-portal");
      roles.add(event.get("detail").asText().split(" ")[1]);
    }
    assertThat(roles).as(first.toString()).contains("targets").doesNotHaveDuplicates();
    assertThat(first.get(0).get("detail").asText())
        .contains(" of " + tenants.gunB + " expires at ")
        .contains("day(s)): re-sign it before then");

    Instant announced = Instant.now();
    awaitReadAgainAfter(announced);
    awaitReadAgainAfter(Instant.now());
    assertThat(expiringEventsOf(tenants.gunB, Duration.ofSeconds(5)))
        .as("no announcement again on the radar's next reads")
        .isEmpty();
    assertThat(
            stack.portalSql(
                "select count(*) from expiry_announcement where gun = '" + tenants.gunB + "'"))
        .isEqualTo(String.valueOf(roles.size()));
    JsonNode log = tenants.as(tenants.bob).get(hook + "/deliveries?size=100").json();
    assertThat(log.get("items").findValuesAsText("eventType"))
        .as("one delivery per role and expiry")
        .hasSize(roles.size())
        .containsOnly("repository.expiring");
    assertThat(
            tenants.eventsOfB().stream()
                .filter(e -> e.get("action").asText().equals("repository.expiring"))
                .count())
        .as("audited once per role")
        .isEqualTo(roles.size());
  }

  @Test
  void theTrustPageWarnsOfTheExpiringRoleInEnglishAndChinese() throws Exception {
    for (String[] language :
        List.of(
            new String[] {"en-US", "expiry-warning", "expires in"},
            new String[] {"zh-CN", "expiry-warning-zh", "天后"})) {
      try (BrowserSession browser = new BrowserSession(stack, language[0])) {
        LoginPage.open(browser).signIn(tenants.bob, TwoTenants.PASSWORD);
        TrustPage.open(browser, tenants.orgB, tenants.repoB);
        browser.awaitText(By.id("expiry-warning-targets"), language[2]);
        String warning = browser.driver().findElement(By.id("expiry-warning-targets")).getText();
        assertThat(warning).startsWith("targets").containsPattern("1[01][0-9][0-9]");
        browser.screenshot(language[1]);
      }
    }
  }

  /**
   * A delegation only its signers can re-sign ({@code targets/releases}, 3 years, within the
   * 1,200-day window here) warns the owner and the account linked to its signer, with the {@code
   * notary witness} command, on the trust page and on the organisation overview; a viewer who is no
   * signer sees no warning. Its own organisation, so that B's webhook hears nothing of it.
   */
  @Test
  void aDelegationNearExpiryWarnsItsSignerAndTheOwnerWithTheCommandThatReSignsIt(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path work) throws Exception {
    PortalApi admin = PortalApi.asAdmin(stack);
    String org = TwoTenants.createOrg(admin, "delegation");
    String owner = TwoTenants.createUser(admin, "owner");
    String viewer = TwoTenants.createUser(admin, "viewer");
    String signer = TwoTenants.createUser(admin, "signer");
    TwoTenants.addMember(admin, org, owner, "OWNER");
    TwoTenants.addMember(admin, org, viewer, "VIEWER");
    TwoTenants.addMember(admin, org, signer, "SIGNER");
    PortalApi.Response created =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String gun = created.json().get("gun").asText();
    java.security.KeyPair key = SignerKeyMaterial.p256();
    com.fasterxml.jackson.databind.node.ObjectNode body =
        JSON.createObjectNode()
            .put("name", "dana")
            .put("publicKey", SignerKeyMaterial.publicPem(key))
            .put("username", signer);
    PortalApi.Response filed =
        admin.post("/api/v1/orgs/" + org + "/repositories/app/signers", body.toString());
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    admin.awaitPublished(filed.json().get("id").asLong());
    NotaryCli cli = NotaryCli.as(stack, work.resolve("dana"), signer, TwoTenants.PASSWORD);
    cli.releaseTag(work, "dana", key, gun, "v1");
    stack.portalSql("update repository set expiry_read_at = null where gun = '" + gun + "'");
    String command = "notary witness " + gun + " targets/releases --publish";
    By warning = By.id("delegation-warnings");

    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(owner, TwoTenants.PASSWORD);
      TrustPage.open(browser, org, "app");
      String text = browser.await(warning).getText();
      assertThat(text).contains("targets/releases expires in").contains("dana").contains(command);
      browser.driver().executeScript("arguments[0].scrollIntoView()", browser.await(warning));
      browser.screenshot("delegation-warning-trust");
    }
    try (BrowserSession browser = new BrowserSession(stack, "zh-CN")) {
      LoginPage.open(browser).signIn(signer, TwoTenants.PASSWORD);
      browser.open("/orgs/" + org);
      browser
          .waiter()
          .withTimeout(Duration.ofSeconds(120))
          .until(
              d -> {
                if (d.findElements(warning).isEmpty()) {
                  d.navigate().refresh();
                  return false;
                }
                return true;
              });
      String text = browser.await(warning).getText();
      assertThat(text).contains("只有签名者才能重新签名的委派").contains("app").contains(command);
      browser.screenshot("delegation-warning-overview-zh");
    }
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(viewer, TwoTenants.PASSWORD);
      TrustPage.open(browser, org, "app");
      browser.await(By.id("trust-graph"));
      assertThat(browser.driver().findElements(warning)).as("no warning for a viewer").isEmpty();
      browser.open("/orgs/" + org);
      browser.await(By.id("expiry-radar"));
      assertThat(browser.driver().findElements(warning)).isEmpty();
    }
    theRadarApiAnswersEachCallerWhatTheOverviewShowsThem(org, owner, viewer, signer, command);
  }

  /**
   * The radar over the API, as the overview: every member sees the roles, only the owner and the
   * linked signer the delegation to re-sign; another organisation's owner learns nothing of it.
   */
  private void theRadarApiAnswersEachCallerWhatTheOverviewShowsThem(
      String org, String owner, String viewer, String signer, String command) throws Exception {
    String radar = "/api/v1/orgs/" + org + "/expiry-radar";
    for (String concerned : List.of(owner, signer)) {
      JsonNode json = PortalApi.as(stack, concerned, TwoTenants.PASSWORD).get(radar).json();
      assertThat(json.get("roles").findValuesAsText("role")).contains("targets/releases");
      assertThat(json.get("delegationsToResign").findValuesAsText("command"))
          .as(concerned)
          .containsExactly(command);
    }
    JsonNode seen = PortalApi.as(stack, viewer, TwoTenants.PASSWORD).get(radar + "?size=1").json();
    assertThat(seen.get("roles")).hasSize(1);
    assertThat(seen.get("total").asLong()).isGreaterThan(1);
    assertThat(seen.get("delegationsToResign")).isEmpty();
    PortalApi.Response stranger = tenants.as(tenants.bob).get(radar);
    assertThat(stranger.status()).as(stranger.body()).isEqualTo(404);
    PortalApi.Response tooBig =
        PortalApi.as(stack, owner, TwoTenants.PASSWORD).get(radar + "?size=501");
    assertThat(tooBig.status()).isEqualTo(400);
    assertThat(tooBig.json().get("error").asText()).isEqualTo("invalid_page_request");
  }

  /**
   * The {@code repository.expiring} events for the GUN the receiver gets within {@code wait} (after
   * the first, a few seconds more for the others of the same read), each checked for its signature.
   */
  private List<JsonNode> expiringEventsOf(String gun, Duration wait) throws Exception {
    List<JsonNode> events = new ArrayList<>();
    Instant deadline = Instant.now().plus(wait);
    while (Instant.now().isBefore(deadline)) {
      Optional<WebhookReceiver.Received> next =
          receiver.next("repository.expiring", Duration.between(Instant.now(), deadline));
      if (next.isEmpty()) {
        break;
      }
      assertThat(next.get().signedWith(secret)).isTrue();
      JsonNode event = JSON.readTree(next.get().body());
      if (event.get("target").asText().equals(gun)) {
        events.add(event);
        deadline = Instant.now().plusSeconds(5);
      }
    }
    return events;
  }

  /** Waits until the radar has read B's repository again after {@code after}. */
  private void awaitReadAgainAfter(Instant after) throws Exception {
    Instant deadline = Instant.now().plusSeconds(90);
    while (true) {
      String read =
          stack.portalSql(
              "select coalesce(expiry_read_at > '"
                  + after
                  + "'::timestamptz, false) from repository where gun = '"
                  + tenants.gunB
                  + "'");
      if (read.equals("t") || read.equals("true")) {
        return;
      }
      assertThat(Instant.now()).as("the radar reads the repository again").isBefore(deadline);
      Thread.sleep(1000);
    }
  }
}
