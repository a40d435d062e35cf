package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything stops and starts again: what the portal stored and what notary-server holds (its data
 * in PostgreSQL, its timestamp key in notary-signer) must survive, including the trust data of a
 * repository the portal created.
 */
class RestartIT {

  private static final String MIGRATIONS =
      "SELECT count(*) || ' ' || max(installed_on) FROM flyway_schema_history";

  private final PortalStack stack = PortalStack.current();

  @Test
  void organisationsAndTrustDataSurviveARestart(@TempDir Path work) throws Exception {
    String org = OrganisationsApiIT.uniqueName("survivor");
    String gun = RepositoriesIT.REGISTRY_HOST + "/" + org + "/app";
    assertThat(PortalApi.asAdmin(stack).post("/api/v1/orgs", "{\"name\":\"" + org + "\"}").status())
        .isEqualTo(201);
    String trustPath = "/api/v1/orgs/" + org + "/repositories/kept/trust";
    assertThat(
            PortalApi.asAdmin(stack)
                .post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"kept\"}")
                .status())
        .isEqualTo(201);
    String trustBefore =
        PortalApi.asAdmin(stack).get(trustPath).json().findValues("keyIds").toString();
    NotaryCli publisher = NotaryCli.member(stack, work.resolve("publisher-trust"), gun, "OWNER");
    publisher.run("init", "-p", gun);
    publisher.run(
        "add", "-p", gun, "v1", NotaryCli.file(work, "v1.txt", "before the restart").toString());
    String migrations = stack.portalSql(MIGRATIONS);

    stack.restart();

    assertThat(stack.portalSql(MIGRATIONS))
        .as("a second start applies no migration")
        .isEqualTo(migrations);
    assertThat(PortalApi.asAdmin(stack).get("/api/v1/orgs/" + org).status()).isEqualTo(200);
    PortalApi.Response trustAfter = PortalApi.asAdmin(stack).get(trustPath);
    assertThat(trustAfter.status()).as("a repository made before is still readable").isEqualTo(200);
    assertThat(trustAfter.json().findValues("keyIds").toString()).isEqualTo(trustBefore);
    publisher.run(
        "add", "-p", gun, "v2", NotaryCli.file(work, "v2.txt", "after the restart").toString());
    String listed =
        NotaryCli.member(stack, work.resolve("fresh-trust"), gun, "VIEWER").run("list", gun);
    assertThat(listed).contains("v1").contains("v2");
  }
}
