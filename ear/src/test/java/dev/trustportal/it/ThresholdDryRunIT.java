package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The impact of a threshold change before it is filed, over the API ({@code ?dryRun=true}): the
 * tags that verify now and would stop verifying, computed as the trust page's threshold form shows
 * them, with the checks of filing and nothing filed.
 */
class ThresholdDryRunIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void aDryRunNamesTheTagsThatWouldStopVerifyingAndFilesNothing(@TempDir Path work)
      throws Exception {
    String org = TwoTenants.createOrg(admin, "dryrun");
    String owner = TwoTenants.createUser(admin, "owner");
    String viewer = TwoTenants.createUser(admin, "viewer");
    TwoTenants.addMember(admin, org, owner, "OWNER");
    TwoTenants.addMember(admin, org, viewer, "VIEWER");
    PortalApi.Response created =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String gun = created.json().get("gun").asText();
    KeyPair alice = SignerKeyMaterial.p256();
    admin.addSigner(org, "app", "alice", alice);
    admin.addSigner(org, "app", "bob", SignerKeyMaterial.p256());
    NotaryCli cli = NotaryCli.member(stack, work.resolve("alice"), gun, "SIGNER");
    cli.releaseTag(work, "alice", alice, gun, "v1");
    PortalApi owners = PortalApi.as(stack, owner, TwoTenants.PASSWORD);
    String threshold = "/api/v1/orgs/" + org + "/repositories/app/roles/releases/threshold";

    PortalApi.Response two = owners.put(threshold + "?dryRun=true", "{\"threshold\":2}");
    PortalApi.Response one = owners.put(threshold + "?dryRun=true", "{\"threshold\":1}");
    PortalApi.Response five = owners.put(threshold + "?dryRun=true", "{\"threshold\":5}");
    PortalApi.Response byViewer =
        PortalApi.as(stack, viewer, TwoTenants.PASSWORD)
            .put(threshold + "?dryRun=true", "{\"threshold\":2}");

    assertThat(two.status()).as(two.body()).isEqualTo(200);
    JsonNode impact = two.json();
    assertThat(impact.get("role").asText()).isEqualTo("targets/releases");
    assertThat(impact.get("currentThreshold").asInt()).isEqualTo(1);
    assertThat(impact.get("threshold").asInt()).isEqualTo(2);
    assertThat(impact.get("tagsThatWouldStopVerifying").toString()).isEqualTo("[\"v1\"]");
    assertThat(impact.get("filed").asBoolean()).isFalse();
    assertThat(one.status()).as(one.body()).isEqualTo(200);
    assertThat(one.json().get("tagsThatWouldStopVerifying").size()).isZero();
    assertThat(five.status()).as(five.body()).isEqualTo(400);
    assertThat(five.json().get("error").asText()).isEqualTo("invalid_threshold");
    assertThat(byViewer.status()).as(byViewer.body()).isEqualTo(403);
    assertThat(owners.get("/api/v1/orgs/" + org + "/changes?size=100").body())
        .as("a dry run files nothing")
        .doesNotContain("SET_THRESHOLD");
    assertThat(owners.get("/api/v1/orgs/" + org + "/repositories/app/trust").body()).contains("v1");
  }
}
