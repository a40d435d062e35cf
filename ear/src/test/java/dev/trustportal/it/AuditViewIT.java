package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An organisation owner in the audit view: offered the chains of the organisations they own or
 * administer and nothing else, verifies one and sees a tampered one broken; another organisation's
 * chain is not found, and one where they are a viewer is refused.
 */
class AuditViewIT {

  private static final String PASSWORD = TwoTenants.PASSWORD;

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void anOwnerReadsAndVerifiesOnlyTheChainsOfTheOrganisationsTheyAnswerFor() throws Exception {
    String dana = TwoTenants.createUser(admin, "dana");
    String erin = TwoTenants.createUser(admin, "erin");
    String owned = TwoTenants.createOrg(admin, "0owned");
    String administered = TwoTenants.createOrg(admin, "0administered");
    String viewed = TwoTenants.createOrg(admin, "0viewed");
    String foreign = TwoTenants.createOrg(admin, "0foreign");
    TwoTenants.addMember(admin, owned, dana, "OWNER");
    TwoTenants.addMember(admin, administered, dana, "ADMIN");
    TwoTenants.addMember(admin, viewed, dana, "VIEWER");
    TwoTenants.addMember(PortalApi.as(stack, dana, PASSWORD), owned, erin, "SIGNER");

    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(dana, PASSWORD);
      assertThat(signInsOf(dana)).as("the form sign-in is on record, once").hasSize(1);

      AuditPage audit = AuditPage.openChain(browser, owned);
      assertThat(audit.chainOptions()).containsExactly(administered, owned);
      audit.awaitInGrid("member.added");
      assertThat(audit.verify("Chain intact")).isEqualTo("Chain intact: 3 events checked");
      browser.screenshot("audit-owner-intact");

      long tampered = newestEventId(owned);
      stack.portalSql("UPDATE audit_event SET detail='nothing happened' WHERE id=" + tampered);
      assertThat(audit.verify("Chain broken")).isEqualTo("Chain broken at event #" + tampered);
      browser.screenshot("audit-owner-broken");

      browser.open("/audit?org=" + viewed);
      assertThat(browser.await(By.id("audit-refused")).getText()).contains("VIEWER", viewed);
      assertThat(browser.driver().findElements(By.id("audit-grid"))).isEmpty();
      browser.screenshot("audit-viewer-refused");

      browser.open("/audit?org=" + foreign);
      browser.await(By.id("not-found"));
      assertThat(browser.driver().findElement(By.tagName("body")).getText())
          .doesNotContain("organisation.created");
    }
  }

  private List<JsonNode> signInsOf(String user) {
    List<JsonNode> found = new ArrayList<>();
    admin
        .get("/api/v1/platform/audit?size=500")
        .json()
        .get("items")
        .forEach(
            event -> {
              if (event.get("action").asText().equals("sign-in.succeeded")
                  && event.get("actor").asText().equals(user)) {
                found.add(event);
              }
            });
    return found;
  }

  private long newestEventId(String org) {
    return admin
        .get("/api/v1/orgs/" + org + "/audit?size=1")
        .json()
        .get("items")
        .get(0)
        .get("id")
        .asLong();
  }
}
