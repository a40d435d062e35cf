package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An owner or admin cannot tell from the answers of adding a member which usernames exist: an
 * unknown username is answered exactly as an account that cannot be added (a disabled one), and
 * neither becomes a member.
 */
class MemberEnumerationIT {

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void anUnknownUsernameIsAnsweredAsOneThatCannotBeAdded() {
    String owner = TwoTenants.createUser(admin, "owner");
    String org = TwoTenants.createOrg(admin, "enum", owner);
    String disabled = TwoTenants.createUser(admin, "gone");
    assertThat(admin.delete("/api/v1/users/" + disabled).status()).isEqualTo(200);
    String unknown = OrganisationsApiIT.uniqueName("never");
    PortalApi ownerApi = PortalApi.as(stack, owner, TwoTenants.PASSWORD);

    PortalApi.Response toUnknown =
        ownerApi.post(
            "/api/v1/orgs/" + org + "/members",
            "{\"username\":\"" + unknown + "\",\"role\":\"VIEWER\"}");
    PortalApi.Response toDisabled =
        ownerApi.post(
            "/api/v1/orgs/" + org + "/members",
            "{\"username\":\"" + disabled + "\",\"role\":\"VIEWER\"}");

    assertThat(toDisabled.status()).as(toDisabled.body()).isEqualTo(toUnknown.status());
    assertThat(toDisabled.body().replace(disabled, "NAME"))
        .isEqualTo(toUnknown.body().replace(unknown, "NAME"));
    assertThat(toUnknown.status()).isEqualTo(404);
    assertThat(ownerApi.get("/api/v1/orgs/" + org + "/members").body()).doesNotContain(disabled);
  }
}
