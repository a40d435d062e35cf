package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An organisation whose owners hold its root keys, set up through the API as scripts with
 * PRF-capable authenticators would: owners with security keys enrolled as custodian keys, OWNERS
 * custody M of N approved by the owners, and repositories initialised in root ceremonies.
 */
final class OwnerHeldRoots {

  /** An owner: their API client, username and security key. */
  record Owner(String username, PortalApi api, TestSecurityKey key) {}

  private final PortalStack stack;
  private final PortalApi admin;
  final String org;
  final List<Owner> owners = new ArrayList<>();

  OwnerHeldRoots(PortalStack stack, String prefix) {
    this.stack = stack;
    this.admin = PortalApi.asAdmin(stack);
    this.org = OrganisationsApiIT.uniqueName(prefix);
    PortalApi.Response created = admin.post("/api/v1/orgs", "{\"name\":\"" + org + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  /**
   * Adds {@code n} owners, each with a security key registered before the organisation required
   * approvals.
   */
  OwnerHeldRoots withOwners(int n) {
    for (int i = 0; i < n; i++) {
      String username = TwoTenants.createUser(admin, "custodian");
      TwoTenants.addMember(admin, org, username, "OWNER");
      PortalApi api = PortalApi.as(stack, username, TwoTenants.PASSWORD);
      owners.add(new Owner(username, api, TestSecurityKey.enrolled(stack, api, "custodian key")));
    }
    return this;
  }

  /**
   * Enrols the owner's key as custodian key: a touch that evaluates PRF over the salt the portal
   * names.
   */
  PortalApi.Response enrol(Owner owner) {
    long id =
        owner.api().get("/api/v1/me/security-keys").json().get("items").get(0).get("id").asLong();
    PortalApi.Response challenge =
        owner.api().post("/api/v1/me/security-keys/" + id + "/custodian-enrolment-challenge", "");
    assertThat(challenge.status()).as(challenge.body()).isEqualTo(200);
    String credential = challenge.json().get("allowCredentials").get(0).get("id").asText();
    String salt =
        challenge
            .json()
            .get("extensions")
            .get("prf")
            .get("evalByCredential")
            .get(credential)
            .get("first")
            .asText();
    return owner
        .api()
        .post(
            "/api/v1/me/security-keys/" + id + "/custodian-enrolment",
            owner.key().assertionWithPrf(challenge.json().get("challenge").asText(), salt));
  }

  /**
   * Every owner enrols; the policy then asks 2 approvals; OWNERS custody {@code m} is filed and
   * approved.
   */
  OwnerHeldRoots inOwnersCustody(int m) {
    return inOwnersCustody(m, owners.size());
  }

  /**
   * As {@link #inOwnersCustody(int)}, with only the first {@code custodians} owners enrolled as
   * custodians; the others' keys still count for approvals.
   */
  OwnerHeldRoots inOwnersCustody(int m, int custodians) {
    owners
        .subList(0, custodians)
        .forEach(owner -> assertThat(enrol(owner).status()).isEqualTo(200));
    PortalApi first = owners.get(0).api();
    PortalApi.Response policy =
        first.put(
            "/api/v1/orgs/" + org + "/approval-policy",
            "{\"approvals\":{\"INITIALISE_REPOSITORY\":2}}");
    assertThat(policy.status()).as(policy.body()).isEqualTo(200);
    PortalApi.Response filed =
        first.put(custody(), "{\"mode\":\"OWNERS\",\"threshold\":" + m + "}");
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    approveCustodyChange(filed.json().get("id").asLong());
    JsonNode now = first.get(custody()).json();
    assertThat(now.get("mode").asText()).isEqualTo("OWNERS");
    assertThat(now.get("threshold").asInt()).isEqualTo(m);
    return this;
  }

  /** The second and third owners approve the custody change with their security keys. */
  void approveCustodyChange(long change) {
    for (Owner approver : owners.subList(1, 3)) {
      String changes = custody() + "/changes/" + change;
      JsonNode challenge = approver.api().get(changes + "/approval-challenge").json();
      PortalApi.Response approved =
          approver
              .api()
              .post(
                  changes + "/approvals",
                  approver.key().assertion(challenge.get("publicKey").get("challenge").asText()));
      assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }
  }

  /** The organisation's open root ceremony (the one a custody change opened). */
  JsonNode openCeremony() {
    for (JsonNode ceremony :
        owners.get(0).api().get("/api/v1/orgs/" + org + "/root-ceremonies").json()) {
      if (ceremony.get("state").asText().equals("OPEN")) {
        return ceremony;
      }
    }
    throw new AssertionError("no open root ceremony in " + org);
  }

  String custody() {
    return "/api/v1/orgs/" + org + "/root-custody";
  }

  /** Creates a repository; in OWNERS custody it answers 202 naming its root ceremony. */
  PortalApi.Response createRepository(String name) {
    return admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"" + name + "\"}");
  }

  String ceremony(long id) {
    return "/api/v1/orgs/" + org + "/root-ceremonies/" + id;
  }

  /**
   * The owner touches their key for ceremony {@code id}, evaluating PRF over the salt the challenge
   * names.
   */
  PortalApi.Response touch(Owner owner, long id) {
    return owner.api().post(ceremony(id) + "/touches", signedChallenge(owner, id, owner.key()));
  }

  /** The assertion a key makes over the owner's challenge for ceremony {@code id}, with PRF. */
  String signedChallenge(Owner owner, long id, TestSecurityKey key) {
    PortalApi.Response challenge = owner.api().get(ceremony(id) + "/challenge");
    assertThat(challenge.status()).as(challenge.body()).isEqualTo(200);
    JsonNode options = challenge.json().get("publicKey");
    String credential = options.get("allowCredentials").get(0).get("id").asText();
    return key.assertionWithPrf(
        options.get("challenge").asText(),
        options
            .get("extensions")
            .get("prf")
            .get("evalByCredential")
            .get(credential)
            .get("first")
            .asText());
  }

  /**
   * The state of ceremony {@code id} once it has left {@code from} (a job moves it), polled every
   * second for at most {@code seconds}; {@code from} if it never left.
   */
  String stateAfter(long id, String from, int seconds) throws InterruptedException {
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(seconds);
    String state = from;
    while (state.equals(from) && java.time.Instant.now().isBefore(deadline)) {
      Thread.sleep(1000);
      state = owners.get(0).api().get(ceremony(id)).json().get("state").asText();
    }
    return state;
  }

  /** Creates a repository and has the first two owners sign its root ceremony; answers its GUN. */
  String initialisedRepository(String name) {
    PortalApi.Response created = createRepository(name);
    assertThat(created.status()).as(created.body()).isEqualTo(202);
    long id = created.json().get("rootCeremony").asLong();
    for (Owner owner : owners.subList(0, 2)) {
      PortalApi.Response touched = touch(owner, id);
      assertThat(touched.status()).as(touched.body()).isEqualTo(200);
    }
    assertThat(owners.get(0).api().get(ceremony(id)).json().get("state").asText())
        .isEqualTo("PUBLISHED");
    return created.json().get("gun").asText();
  }
}
