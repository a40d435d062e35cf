package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attacks on the two directions of the custody switch (issue 22): who may give the custodians'
 * roots back to the portal, and whether a touch of one hand-over or return ceremony can be replayed
 * for another, or twice for the same.
 */
class CustodySwitchAttacksIT {

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  /**
   * Returning custody hands every root to a key the key-encryption key opens, so only the owners
   * file it, approve it and open its ceremonies: an admin, a signer, a viewer and an owner's
   * read-only token are refused, and nothing is filed.
   */
  @Test
  void onlyOwnersFileApproveAndOpenTheReturnOfRootCustodyToThePortal() throws Exception {
    OwnerHeldRoots org = new OwnerHeldRoots(stack, "return-who").withOwners(3).inOwnersCustody(2);
    org.initialisedRepository("app");
    List<PortalApi> others = new ArrayList<>();
    for (String role : List.of("ADMIN", "SIGNER", "VIEWER")) {
      String username = TwoTenants.createUser(admin, role.toLowerCase(java.util.Locale.ROOT));
      TwoTenants.addMember(admin, org.org, username, role);
      others.add(PortalApi.as(stack, username, TwoTenants.PASSWORD));
    }
    others.add(PortalApi.bearer(stack, readOnlyToken(org.owners.get(0).api())));
    String ceremonies = "/api/v1/orgs/" + org.org + "/root-ceremonies";
    for (PortalApi other : others) {
      PortalApi.Response filed = other.put(org.custody(), "{\"mode\":\"SERVER\"}");
      assertThat(filed.status()).as("filing the return: " + filed.body()).isEqualTo(403);
      PortalApi.Response opened =
          other.post(
              ceremonies, "{\"repository\":\"app\",\"operation\":\"RETURN_ROOT_TO_SERVER\"}");
      assertThat(opened.status()).as("opening a return: " + opened.body()).isEqualTo(403);
    }
    JsonNode custody = org.owners.get(0).api().get(org.custody()).json();
    assertThat(custody.get("mode").asText()).as(custody.toString()).isEqualTo("OWNERS");
    assertThat(stack.portalSql(pendingCustodyChanges(org))).as("nothing filed").isEqualTo("0");

    // Filed by an owner, the change is approved by owners only.
    PortalApi.Response filed = org.owners.get(0).api().put(org.custody(), "{\"mode\":\"SERVER\"}");
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    String change = org.custody() + "/changes/" + filed.json().get("id").asLong();
    PortalApi adminMember = others.get(0);
    TestSecurityKey adminsKey = TestSecurityKey.enrolled(stack, adminMember, "admin key");
    PortalApi.Response challenge = adminMember.get(change + "/approval-challenge");
    assertThat(challenge.status()).as("an admin's challenge: " + challenge.body()).isEqualTo(403);
    String ownersChallenge =
        org.owners
            .get(1)
            .api()
            .get(change + "/approval-challenge")
            .json()
            .get("publicKey")
            .get("challenge")
            .asText();
    PortalApi.Response approved =
        adminMember.post(change + "/approvals", adminsKey.assertion(ownersChallenge));
    assertThat(approved.status()).as("an admin's approval: " + approved.body()).isEqualTo(403);
    assertThat(org.owners.get(0).api().get(org.custody()).json().get("mode").asText())
        .isEqualTo("OWNERS");
  }

  /**
   * Two repositories, so the return opens two ceremonies. A custodian's touch counts once, for the
   * ceremony whose challenge it signed: replayed there it is refused, posted to the other ceremony
   * it is refused, and posted by another custodian it is refused; neither ceremony moves.
   */
  @Test
  void aTouchOfOneReturnCeremonyCountsOnceAndNeverForAnother() {
    OwnerHeldRoots org = new OwnerHeldRoots(stack, "return-replay").withOwners(3);
    org.inOwnersCustody(2);
    org.initialisedRepository("a");
    org.initialisedRepository("b");
    PortalApi first = org.owners.get(0).api();
    PortalApi.Response filed = first.put(org.custody(), "{\"mode\":\"SERVER\"}");
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    org.approveCustodyChange(filed.json().get("id").asLong());
    List<Long> open = new ArrayList<>();
    for (JsonNode ceremony : first.get("/api/v1/orgs/" + org.org + "/root-ceremonies").json()) {
      if (ceremony.get("state").asText().equals("OPEN")) {
        assertThat(ceremony.get("operation").asText()).isEqualTo("RETURN_ROOT_TO_SERVER");
        open.add(ceremony.get("id").asLong());
      }
    }
    assertThat(open).hasSize(2);
    long x = open.get(0);
    long y = open.get(1);

    OwnerHeldRoots.Owner owner = org.owners.get(0);
    String touchOfX = org.signedChallenge(owner, x, owner.key());
    PortalApi.Response counted = owner.api().post(org.ceremony(x) + "/touches", touchOfX);
    assertThat(counted.status()).as(counted.body()).isEqualTo(200);

    PortalApi.Response again = owner.api().post(org.ceremony(x) + "/touches", touchOfX);
    assertThat(again.status()).as("replayed on X: " + again.body()).isBetween(400, 409);
    // A challenge of Y is outstanding, so only the signed digest tells the touches apart.
    org.signedChallenge(owner, y, owner.key());
    PortalApi.Response elsewhere = owner.api().post(org.ceremony(y) + "/touches", touchOfX);
    assertThat(elsewhere.status())
        .as("X's touch posted to Y: " + elsewhere.body())
        .isBetween(400, 409);
    OwnerHeldRoots.Owner second = org.owners.get(1);
    org.signedChallenge(second, x, second.key());
    PortalApi.Response stolen = second.api().post(org.ceremony(x) + "/touches", touchOfX);
    assertThat(stolen.status())
        .as("X's touch by another owner: " + stolen.body())
        .isBetween(400, 409);

    assertThat(touches(org, x)).as("X: the one touch").isEqualTo(1);
    assertThat(state(org, x)).isEqualTo("OPEN");
    assertThat(touches(org, y)).as("Y: none").isZero();
    assertThat(state(org, y)).isEqualTo("OPEN");
    System.out.println(
        "Replays of one return ceremony's touch: on X "
            + again.status()
            + ", on Y "
            + elsewhere.status()
            + ", by another owner "
            + stolen.status()
            + "; X has 1 touch, Y has 0.");
  }

  private static String readOnlyToken(PortalApi owner) {
    PortalApi.Response token =
        owner.post(
            "/api/v1/me/tokens",
            "{\"name\":\"read only\",\"access\":\"READ\",\"expiresInDays\":7}");
    assertThat(token.status()).as(token.body()).isEqualTo(201);
    return token.json().get("secret").asText();
  }

  private static String pendingCustodyChanges(OwnerHeldRoots org) {
    return "select count(*) from custody_change c join organisation o on o.id = c.organisation_id"
        + " where o.name = '"
        + org.org
        + "' and c.state = 'FILED' and c.mode = 'SERVER'";
  }

  private static int touches(OwnerHeldRoots org, long id) {
    return org.owners.get(0).api().get(org.ceremony(id)).json().get("touches").size();
  }

  private static String state(OwnerHeldRoots org, long id) {
    return org.owners.get(0).api().get(org.ceremony(id)).json().get("state").asText();
  }
}
