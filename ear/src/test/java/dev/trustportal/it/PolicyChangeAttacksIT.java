package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The policy-change endpoints ({@code /orgs/{org}/approval-policy/changes/{id}/...}) and the
 * owner-key confirmation, tried as an attacker would: another organisation's ID, a replayed
 * assertion, the session of a disabled account, and a page of another site that makes an owner's
 * browser post with its cookie.
 */
class PolicyChangeAttacksIT {

  private static final String PASSWORD = TwoTenants.PASSWORD;

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void anotherOrganisationsPolicyChangeIsNotFoundUnderEitherName() {
    Tenant a = tenant("pc-a");
    long id = a.fileWeakening();
    Tenant b = tenant("pc-b");

    for (String org : List.of(b.org, a.org)) {
      String base = "/api/v1/orgs/" + org + "/approval-policy/changes/" + id;
      List<PortalApi.Response> answers =
          List.of(
              b.first.get(base),
              b.first.get(base + "/approval-challenge"),
              b.first.post(base + "/approvals", b.firstKey.assertion("AAAA")),
              b.first.post(base + "/rejections", "{\"reason\":\"not yours\"}"));
      for (PortalApi.Response answer : answers) {
        assertThat(answer.status()).as(org + ": " + answer.body()).isEqualTo(404);
        assertThat(answer.json().get("error").asText()).as(answer.body()).isEqualTo("not_found");
      }
    }
    assertThat(
            a.first
                .get("/api/v1/orgs/" + a.org + "/approval-policy/changes/" + id)
                .json()
                .get("state")
                .asText())
        .isEqualTo("FILED");
  }

  @Test
  void aReplayedAssertionCountsNoSecondTimeAndNotForAnotherChange() {
    Tenant t = tenant("pc-replay");
    assertThat(t.first.put(t.policy(), "{\"approvals\":{\"ADD_SIGNER\":3}}").status())
        .isEqualTo(200);
    long id = t.fileWeakening();
    long other = t.fileWeakening("{\"openHours\":8000}");

    String assertion = t.secondKey.assertion(challenge(t.second, t.changePath(id)));
    PortalApi.Response once = t.second.post(t.changePath(id) + "/approvals", assertion);
    assertThat(once.status()).as(once.body()).isEqualTo(200);
    assertThat(once.json().get("approvals").get("have").asInt()).isEqualTo(1);

    PortalApi.Response replayed = t.second.post(t.changePath(id) + "/approvals", assertion);
    assertThat(replayed.status()).as(replayed.body()).isIn(400, 403, 409);
    PortalApi.Response elsewhere = t.second.post(t.changePath(other) + "/approvals", assertion);
    assertThat(elsewhere.status()).as(elsewhere.body()).isIn(400, 403, 409);
    // An assertion over the third owner's challenge for one change does not approve the other.
    String forId = t.thirdKey.assertion(challenge(t.third, t.changePath(id)));
    PortalApi.Response crossed = t.third.post(t.changePath(other) + "/approvals", forId);
    assertThat(crossed.status()).as(crossed.body()).isIn(400, 403, 409);

    assertThat(t.first.get(t.changePath(id)).json().get("approvals").get("have").asInt())
        .isEqualTo(1);
    assertThat(t.first.get(t.changePath(other)).json().get("approvals").get("have").asInt())
        .isZero();
  }

  @Test
  void oneOwnerAloneCannotWeakenTheKeyRequirementInAnySpelling() {
    Tenant t = tenant("pc-keys");
    assertThat(t.first.put(t.policy(), "{\"requiredKeys\":\"YUBIKEY_ONLY\"}").status())
        .isEqualTo(200);

    for (String weaker : List.of("ANY_FIDO2", "any-fido2")) {
      PortalApi.Response filed = t.first.put(t.policy(), "{\"requiredKeys\":\"" + weaker + "\"}");
      assertThat(filed.status()).as(weaker + ": " + filed.body()).isIn(202, 409);
    }

    assertThat(t.first.get(t.policy()).json().get("requiredKeys").asText())
        .isEqualTo("YUBIKEY_ONLY");
  }

  @Test
  void aDisabledOwnersSessionApprovesNothing() {
    Tenant t = tenant("pc-disabled");
    long id = t.fileWeakening();
    String cookie = SignedInBrowser.sessionCookie(stack, t.secondName, PASSWORD);
    WebClient browser = WebClient.of(stack).cookie(cookie);
    WebClient.Answer challenge = browser.get(t.changePath(id) + "/approval-challenge");
    assertThat(challenge.status()).as(challenge.toString()).isEqualTo(200);
    String assertion =
        t.secondKey.assertion(challenge.json().get("publicKey").get("challenge").asText());

    assertThat(admin.delete("/api/v1/users/" + t.secondName).status()).isIn(200, 204);
    WebClient.Answer approved =
        browser
            .header("Origin", browser.origin())
            .header("Sec-Fetch-Site", "same-origin")
            .postJson(t.changePath(id) + "/approvals", assertion);

    assertThat(approved.status()).as(approved.toString()).isEqualTo(401);
    assertThat(t.first.get(t.changePath(id)).json().get("approvals").get("have").asInt()).isZero();
  }

  @Test
  void anotherSitesPageCannotMakeAnOwnersBrowserApproveOrRejectAPolicyChange() {
    Tenant t = tenant("pc-csrf");
    long id = t.fileWeakening();
    String cookie = SignedInBrowser.sessionCookie(stack, t.secondName, PASSWORD);
    WebClient evil = WebClient.of(stack).cookie(cookie).header("Origin", "https://evil.example");
    String assertion = t.secondKey.assertion(challenge(t.second, t.changePath(id)));

    List<WebClient.Answer> answers =
        List.of(
            evil.postJson(t.changePath(id) + "/approvals", assertion),
            evil.postForm(t.changePath(id) + "/rejections", "reason=evil"),
            evil.postJson(t.changePath(id) + "/rejections", "{\"reason\":\"evil\"}"),
            WebClient.of(stack)
                .cookie(cookie)
                .header("Sec-Fetch-Site", "cross-site")
                .postJson(t.changePath(id) + "/rejections", "{\"reason\":\"evil\"}"),
            evil.putJson(t.policy(), "{\"approvals\":{\"ADD_SIGNER\":9}}"));

    assertThat(answers)
        .allSatisfy(
            answer -> {
              assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
              assertThat(answer.json().get("error").asText()).isEqualTo("cross_site_request");
            });
    JsonNode change = t.first.get(t.changePath(id)).json();
    assertThat(change.get("state").asText()).isEqualTo("FILED");
    assertThat(change.get("approvals").get("have").asInt()).isZero();
    assertThat(t.first.get(t.policy()).json().get("approvals").get("ADD_SIGNER").asInt())
        .isEqualTo(2);
  }

  @Test
  void anotherSitesPageCannotMakeAnOwnersBrowserConfirmAFellowOwnersKey() {
    Tenant t = tenant("pc-confirm");
    // A key registered now, after approvals are required: it waits for a confirmation.
    PortalApi newcomer = t.owner();
    TestSecurityKey.enrolled(stack, newcomer, "newcomer key");
    long keyId =
        newcomer.get("/api/v1/me/security-keys").json().get("items").get(0).get("id").asLong();
    String confirmation = "/api/v1/orgs/" + t.org + "/security-keys/" + keyId + "/confirmation";
    String cookie = SignedInBrowser.sessionCookie(stack, t.secondName, PASSWORD);
    WebClient evil = WebClient.of(stack).cookie(cookie).header("Origin", "https://evil.example");

    WebClient.Answer challenge = evil.postJson(confirmation + "-challenge", "");
    String assertion =
        t.secondKey.assertion(
            t.second.post(confirmation + "-challenge", "").json().get("challenge").asText());
    WebClient.Answer confirmed = evil.postJson(confirmation + "s", assertion);
    WebClient.Answer crossSite =
        WebClient.of(stack)
            .cookie(cookie)
            .header("Sec-Fetch-Site", "cross-site")
            .postForm(confirmation + "s", "");

    assertThat(List.of(challenge, confirmed, crossSite))
        .allSatisfy(
            answer -> {
              assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
              assertThat(answer.json().get("error").asText()).isEqualTo("cross_site_request");
            });
    JsonNode key = null;
    for (JsonNode k : t.first.get("/api/v1/orgs/" + t.org + "/security-keys").json().get("items")) {
      if (k.get("id").asLong() == keyId) {
        key = k;
      }
    }
    assertThat(key).isNotNull();
    assertThat(key.get("standing").get("basis").asText()).isEqualTo("COOLING_OFF");
  }

  private static String challenge(PortalApi owner, String changePath) {
    PortalApi.Response challenge = owner.get(changePath + "/approval-challenge");
    assertThat(challenge.status()).as(challenge.body()).isEqualTo(200);
    return challenge.json().get("publicKey").get("challenge").asText();
  }

  private Tenant tenant(String name) {
    return new Tenant(name);
  }

  /**
   * An organisation of three owners, each with a key (registered before approvals were required)
   * and a policy of 2.
   */
  private final class Tenant {
    final String org;
    final PortalApi first;
    final TestSecurityKey firstKey;
    final String secondName;
    final PortalApi second;
    final TestSecurityKey secondKey;
    final PortalApi third;
    final TestSecurityKey thirdKey;

    Tenant(String name) {
      String olga = TwoTenants.createUser(admin, "olga");
      org = TwoTenants.createOrg(admin, name, olga);
      first = PortalApi.as(stack, olga, PASSWORD);
      secondName = TwoTenants.createUser(admin, "owen");
      TwoTenants.addMember(first, org, secondName, "OWNER");
      second = PortalApi.as(stack, secondName, PASSWORD);
      third = owner();
      firstKey = TestSecurityKey.enrolled(stack, first, "first key");
      secondKey = TestSecurityKey.enrolled(stack, second, "second key");
      thirdKey = TestSecurityKey.enrolled(stack, third, "third key");
      assertThat(first.put(policy(), "{\"approvals\":{\"ADD_SIGNER\":2}}").status()).isEqualTo(200);
    }

    PortalApi owner() {
      String username = TwoTenants.createUser(admin, "owner");
      TwoTenants.addMember(first, org, username, "OWNER");
      return PortalApi.as(stack, username, PASSWORD);
    }

    long fileWeakening() {
      return fileWeakening("{\"approvals\":{\"ADD_SIGNER\":0}}");
    }

    long fileWeakening(String body) {
      PortalApi.Response filed = first.put(policy(), body);
      assertThat(filed.status()).as(filed.body()).isEqualTo(202);
      return filed.json().get("id").asLong();
    }

    String policy() {
      return "/api/v1/orgs/" + org + "/approval-policy";
    }

    String changePath(long id) {
      return policy() + "/changes/" + id;
    }
  }
}
