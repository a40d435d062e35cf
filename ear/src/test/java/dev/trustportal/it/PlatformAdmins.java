package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Platform admins for tests. A platform role is given only when a second platform admin approves it
 * with a security key whose cooling-off has passed: {@link #give} asks as the given admin and, when
 * the request waits, approves it as {@link #approver}, a platform admin made once per test run.
 * Made directly in the database, as tests let other periods pass: its role and its key are older
 * than their cooling-off periods.
 */
final class PlatformAdmins {

  private static Admin approver;

  /** A platform admin with a security key that counts for the platform's approvals. */
  record Admin(String username, PortalApi api, TestSecurityKey key) {}

  private PlatformAdmins() {}

  /** The run's second platform admin (made on first use). */
  static synchronized Admin approver(PortalStack stack) {
    if (approver == null) {
      approver = seasoned(stack, "approver");
    }
    return approver;
  }

  /**
   * A new platform admin made in the database (as if another admin had approved it eight days ago),
   * with a security key registered 73 hours ago.
   */
  static Admin seasoned(PortalStack stack, String prefix) {
    Admin admin = keyless(stack, prefix);
    TestSecurityKey key = TestSecurityKey.enrolled(stack, admin.api(), prefix + " key");
    coolOff(stack, admin.username());
    return new Admin(admin.username(), admin.api(), key);
  }

  /** A new platform admin made in the database as {@link #seasoned} is, without a security key. */
  static Admin keyless(PortalStack stack, String prefix) {
    PortalApi admin = PortalApi.asAdmin(stack);
    String username = TwoTenants.createUser(admin, prefix);
    sql(
        stack,
        "insert into account_role (account_id, role) select id, 'platform-admin' from account where"
            + " username = '"
            + username
            + "'");
    sql(
        stack,
        "insert into platform_role_grant (username, role, granted_by, granted_at) values ('"
            + username
            + "', 'platform-admin', 'admin', now() - interval '8 days')");
    return new Admin(username, PortalApi.as(stack, username, TwoTenants.PASSWORD), null);
  }

  /** Lets the cooling-off period of every key of the account pass. */
  static void coolOff(PortalStack stack, String username) {
    sql(
        stack,
        "update security_key set created_at = created_at - interval '73 hours' where username = '"
            + username
            + "'");
  }

  /**
   * Gives the account the platform role: asked by {@code asker}, approved by the approver if it
   * waits.
   */
  static void give(PortalStack stack, PortalApi asker, String username, String role) {
    PortalApi.Response asked =
        role.equals("support")
            ? asker.put("/api/v1/users/" + username + "/roles/support", "")
            : asker.patch("/api/v1/users/" + username, "{\"roles\":[\"" + role + "\"]}");
    assertThat(asked.status()).as(asked.body()).isIn(200, 202, 204);
    if (asked.status() == 202) {
      Admin second = approver(stack);
      long id = waiting(asker, username, role).get("id").asLong();
      PortalApi.Response approved = approve(second, id);
      assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }
  }

  /** The second admin approves the request with their key. */
  static PortalApi.Response approve(Admin admin, long id) {
    PortalApi.Response challenge =
        admin.api().get("/api/v1/platform/role-requests/" + id + "/approval-challenge");
    assertThat(challenge.status()).as(challenge.body()).isEqualTo(200);
    return admin
        .api()
        .post(
            "/api/v1/platform/role-requests/" + id + "/approvals",
            admin.key().assertion(challenge.json().get("publicKey").get("challenge").asText()));
  }

  /** The request for the account and role that waits for approval. */
  static JsonNode waiting(PortalApi admin, String username, String role) {
    PortalApi.Response list = admin.get("/api/v1/platform/role-requests");
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    for (JsonNode request : list.json()) {
      if (request.get("username").asText().equals(username)
          && request.get("role").asText().equals(role)) {
        return request;
      }
    }
    throw new AssertionError(
        "no waiting request of " + role + " for " + username + " in " + list.body());
  }

  private static void sql(PortalStack stack, String query) {
    try {
      stack.portalSql(query);
    } catch (Exception e) {
      throw new IllegalStateException(query, e);
    }
  }
}
