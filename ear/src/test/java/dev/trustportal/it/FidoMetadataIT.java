package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The platform admin uploads FIDO metadata (MDS3) through the API: a model reported compromised has
 * its registered keys suspended at once (audited, shown with the reason, refused at approval) and
 * new keys of it refused; a tampered blob, one not newer than the stored one, or no JWT at all is
 * refused and changes nothing. Each test's models have AAGUIDs of their own, so that other tests'
 * keys are untouched.
 */
class FidoMetadataIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/api/v1/platform/metadata";
  private static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);
  private final MdsBlobs mds = new MdsBlobs(stack);

  @Test
  void aModelReportedCompromisedHasItsKeysSuspendedAndRefusedAtApproval() {
    UUID model = UUID.randomUUID();
    String org = TwoTenants.createOrg(admin, "mds");
    assertThat(admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}").status())
        .isEqualTo(201);
    String owner = TwoTenants.createUser(admin, "owner");
    TwoTenants.addMember(admin, org, owner, "OWNER");
    PortalApi person = PortalApi.as(stack, owner, TwoTenants.PASSWORD);
    TestSecurityKey key =
        TestSecurityKey.enrolled(new TestSecurityKey(stack, model), person, "model key");
    assertThat(
            person
                .put(
                    "/api/v1/orgs/" + org + "/approval-policy",
                    "{\"approvals\":{\"ADD_SIGNER\":1}}")
                .status())
        .isEqualTo(200);
    long change = file(org);
    String challenge =
        person
            .get("/api/v1/orgs/" + org + "/changes/" + change + "/approval-challenge")
            .json()
            .get("publicKey")
            .get("challenge")
            .asText();

    long no = nextSerial();
    PortalApi.Response uploaded =
        admin.put(
            PATH,
            "application/jwt",
            mds.blob(
                no,
                NEXT_MONTH,
                MdsBlobs.entry(
                    model,
                    "Test Key " + model,
                    "FIDO_CERTIFIED_L1@2024-01-01",
                    "ATTESTATION_KEY_COMPROMISE@" + LocalDate.now().minusDays(1))));

    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
    assertThat(uploaded.json().get("no").asLong()).isEqualTo(no);
    assertThat(uploaded.json().get("entries").asInt()).isEqualTo(1);
    JsonNode listed = person.get("/api/v1/me/security-keys").json().get("items").get(0);
    assertThat(listed.get("suspended").asBoolean()).isTrue();
    assertThat(listed.get("suspendedReason").asText())
        .contains("Test Key " + model, "ATTESTATION_KEY_COMPROMISE");
    PortalApi.Response refused =
        person.post(
            "/api/v1/orgs/" + org + "/changes/" + change + "/approvals", key.assertion(challenge));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("error").asText()).isEqualTo("assertion_refused");
    assertThat(refused.json().get("message").asText())
        .contains("'model key'", "is suspended", "ATTESTATION_KEY_COMPROMISE");
    assertThat(actions("/api/v1/orgs/" + org + "/audit?size=100"))
        .contains("security_key.suspended");
    assertThat(actions("/api/v1/platform/audit?size=100"))
        .contains("fido_metadata.uploaded", "security_key.suspended");

    PortalApi.Response another = person.post("/api/v1/me/security-keys/registration-options", "");
    String credential =
        new TestSecurityKey(stack, model).register(another.json().get("challenge").asText());
    PortalApi.Response registration =
        person.post(
            "/api/v1/me/security-keys",
            "{\"name\":\"second key\",\"credential\":" + credential + "}");
    assertThat(registration.status()).as(registration.body()).isEqualTo(400);
    assertThat(registration.json().get("message").asText())
        .contains("Test Key " + model, "ATTESTATION_KEY_COMPROMISE");
  }

  @Test
  void aTamperedBlobAnOlderSerialAndGarbageAreRefusedAndChangeNothing() {
    UUID model = UUID.randomUUID();
    String entry = MdsBlobs.entry(model, "Test Key " + model, "FIDO_CERTIFIED_L1@2024-01-01");
    long no = nextSerial();
    assertThat(admin.put(PATH, "text/plain", mds.blob(no, NEXT_MONTH, entry)).status())
        .isEqualTo(200);

    String[] valid = mds.blob(no + 1, NEXT_MONTH, entry).split("\\.");
    String tampered =
        valid[0]
            + "."
            + com.nimbusds.jose.util.Base64URL.encode(
                MdsBlobs.payload(
                    no + 1,
                    NEXT_MONTH,
                    MdsBlobs.entry(model, "Test Key " + model, "REVOKED@2024-02-01")))
            + "."
            + valid[2];
    refused(admin.put(PATH, "application/jwt", tampered), "signature does not verify");
    refused(admin.put(PATH, "application/jwt", mds.blob(no, NEXT_MONTH, entry)), "is not newer");
    refused(
        admin.put(PATH, "application/jwt", mds.blob(no - 1, NEXT_MONTH, entry)), "is not newer");
    refused(admin.put(PATH, "text/plain", "<html>Not Found</html>"), "is not a signed JWT");

    JsonNode stored = admin.get(PATH).json();
    assertThat(stored.get("no").asLong()).isEqualTo(no);
    assertThat(stored.get("overdue").asBoolean()).isFalse();
  }

  @Test
  void aBlobPastItsNextUpdateIsFlaggedOverdue() {
    UUID model = UUID.randomUUID();
    String entry = MdsBlobs.entry(model, "Test Key " + model, "FIDO_CERTIFIED_L1@2024-01-01");
    long no = nextSerial();

    assertThat(
            admin
                .put(PATH, "application/jwt", mds.blob(no, LocalDate.now().minusDays(2), entry))
                .status())
        .isEqualTo(200);
    JsonNode overdue = admin.get(PATH).json();
    assertThat(overdue.get("overdue").asBoolean()).isTrue();
    assertThat(overdue.get("warnings").toString()).contains("nextUpdate");
    // The allow-listed YubiKeys are not in this blob: each is reported.
    assertThat(overdue.get("allowListed").findValuesAsText("listing"))
        .isNotEmpty()
        .containsOnly("NOT_LISTED");

    assertThat(admin.put(PATH, "application/jwt", mds.blob(no + 1, NEXT_MONTH, entry)).status())
        .isEqualTo(200);
    assertThat(admin.get(PATH).json().get("overdue").asBoolean()).isFalse();
  }

  @Test
  void onlyPlatformAdminsReadOrUploadTheMetadata() {
    String user = TwoTenants.createUser(admin, "plain");
    PortalApi person = PortalApi.as(stack, user, TwoTenants.PASSWORD);

    assertThat(person.get(PATH).status()).isEqualTo(403);
    assertThat(person.put(PATH, "application/jwt", mds.blob(nextSerial(), NEXT_MONTH)).status())
        .isEqualTo(403);
  }

  private long nextSerial() {
    JsonNode current = admin.get(PATH).json();
    return current.get("uploaded").asBoolean() ? current.get("no").asLong() + 1 : 1;
  }

  private long file(String org) {
    ObjectNode body =
        JSON.createObjectNode()
            .put("name", "mira")
            .put("publicKey", SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()));
    PortalApi.Response filed =
        admin.post("/api/v1/orgs/" + org + "/repositories/app/signers", body.toString());
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    return filed.json().get("id").asLong();
  }

  private java.util.List<String> actions(String auditPath) {
    return StreamSupport.stream(admin.get(auditPath).json().get("items").spliterator(), false)
        .map(event -> event.get("action").asText())
        .toList();
  }

  private static void refused(PortalApi.Response response, String message) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("error").asText()).isEqualTo("invalid_metadata_blob");
    assertThat(response.json().get("message").asText()).contains(message);
  }
}
