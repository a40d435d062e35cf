package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Root and targets key rotations of an OWNERS repository as root ceremonies (issue 22), against the
 * real notary-server and notary CLI: a client that trusted the old root follows, one touch of two
 * publishes nothing, a new custodian's touch is no old root signature, an expired ceremony
 * publishes nothing, and two custodians' recovery kits sign a root rotation with the notary CLI.
 */
class OwnerHeldRotationsIT {

  private final PortalStack stack = PortalStack.current();

  @Test
  void rootTargetsAndSnapshotKeyRotationsInCeremoniesAreFollowedByACliThatTrustedTheOldRoot(
      @TempDir Path work) throws Exception {
    OwnerHeldRoots org = new OwnerHeldRoots(stack, "rotate").withOwners(3).inOwnersCustody(2);
    String gun = org.initialisedRepository("app");
    NotaryCli cli = NotaryCli.member(stack, work.resolve("old-trust"), gun, "SIGNER");
    assertThat(cli.run("list", gun)).contains("No targets present in this repository.");
    Path cached = work.resolve("old-trust/tuf/" + gun + "/metadata/root.json");
    Set<String> oldRootKeys = rootKeyIds(read(cached));

    PortalApi.Response opened = open(org, "app", "ROTATE_ROOT");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    long id = opened.json().get("id").asLong();
    assertThat(opened.json().get("operation").asText()).isEqualTo("ROTATE_ROOT");
    assertThat(opened.json().get("summary").asText()).startsWith("Rotate the root keys of " + gun);
    PortalApi.Response another = open(org, "app", "ROTATE_TARGETS_KEY");
    assertThat(another.status()).as("one ceremony at a time: " + another.body()).isEqualTo(409);
    assertThat(another.json().get("error").asText()).isEqualTo("root_ceremony_refused");

    PortalApi.Response first = org.touch(org.owners.get(0), id);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("state").asText()).isEqualTo("OPEN");
    // One touch of two publishes nothing: the client still sees root version 1.
    assertThat(cli.run("list", gun)).contains("No targets present in this repository.");
    assertThat(read(cached).get("signed").get("version").asInt()).isEqualTo(1);

    PortalApi.Response second = org.touch(org.owners.get(1), id);
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(second.json().get("state").asText()).isEqualTo("PUBLISHED");

    assertThat(cli.run("list", gun)).contains("No targets present in this repository.");
    JsonNode rotated = read(cached);
    assertThat(rotated.get("signed").get("version").asInt()).isEqualTo(2);
    Set<String> newRootKeys = rootKeyIds(rotated);
    assertThat(newRootKeys).hasSize(3).doesNotContainAnyElementsOf(oldRootKeys);
    assertThat(rotated.get("signed").get("roles").get("root").get("threshold").asInt())
        .isEqualTo(2);
    Set<String> signers = signerIds(rotated);
    assertThat(signers.stream().filter(oldRootKeys::contains)).as("old root keys").hasSize(2);
    assertThat(signers.stream().filter(newRootKeys::contains)).as("new root keys").hasSize(2);
    System.out.println(
        "Root rotation followed by the old trust dir: root v2, root keys "
            + newRootKeys
            + ", signed by "
            + signers);

    String oldTargetsKey = targetsKeyId(rotated);
    PortalApi.Response targets = open(org, "app", "ROTATE_TARGETS_KEY");
    assertThat(targets.status()).as(targets.body()).isEqualTo(201);
    long targetsId = targets.json().get("id").asLong();
    for (OwnerHeldRoots.Owner owner : org.owners.subList(1, 3)) {
      PortalApi.Response touched = org.touch(owner, targetsId);
      assertThat(touched.status()).as(touched.body()).isEqualTo(200);
    }
    assertThat(org.owners.get(0).api().get(org.ceremony(targetsId)).json().get("state").asText())
        .isEqualTo("PUBLISHED");
    assertThat(cli.run("list", gun)).contains("No targets present in this repository.");
    JsonNode third = read(cached);
    assertThat(third.get("signed").get("version").asInt()).isEqualTo(3);
    assertThat(targetsKeyId(third)).isNotEqualTo(oldTargetsKey);
    assertThat(rootKeyIds(third)).isEqualTo(newRootKeys);
    // The portal still publishes to it: the new targets key is the one it signs with.
    PortalApi.Response trust =
        org.owners.get(0).api().get("/api/v1/orgs/" + org.org + "/repositories/app/trust");
    assertThat(trust.status()).as(trust.body()).isEqualTo(200);

    // notary-server's snapshot key changes in root too, so the custodians sign it as well.
    String oldSnapshotKey = roleKeyId(third, "snapshot");
    PortalApi.Response snapshot = open(org, "app", "ROTATE_SNAPSHOT_KEY");
    assertThat(snapshot.status()).as(snapshot.body()).isEqualTo(201);
    assertThat(snapshot.json().get("summary").asText())
        .startsWith("Rotate the snapshot key of " + gun);
    long snapshotId = snapshot.json().get("id").asLong();
    PortalApi.Response once = org.touch(org.owners.get(0), snapshotId);
    assertThat(once.json().get("state").asText()).as(once.body()).isEqualTo("OPEN");
    PortalApi.Response twice = org.touch(org.owners.get(2), snapshotId);
    assertThat(twice.json().get("state").asText()).as(twice.body()).isEqualTo("PUBLISHED");
    assertThat(cli.run("list", gun)).contains("No targets present in this repository.");
    JsonNode fourth = read(cached);
    assertThat(fourth.get("signed").get("version").asInt()).isEqualTo(4);
    assertThat(roleKeyId(fourth, "snapshot")).isNotEqualTo(oldSnapshotKey);
    assertThat(rootKeyIds(fourth)).isEqualTo(newRootKeys);
    assertThat(targetsKeyId(fourth)).isEqualTo(targetsKeyId(third));
    // The portal's pinned read verifies the snapshot notary-server now signs with the new key.
    PortalApi.Response after =
        org.owners.get(0).api().get("/api/v1/orgs/" + org.org + "/repositories/app/trust");
    assertThat(after.status()).as(after.body()).isEqualTo(200);
  }

  @Test
  void aNewCustodiansTouchIsNoSignatureOfTheOldRootAndARemovedOwnerIsDroppedFromTheNextRoot(
      @TempDir Path work) throws Exception {
    // Four owners, three of them custodians; the fourth's key was registered before approvals were
    // required, so it counts for approvals at once.
    OwnerHeldRoots org =
        new OwnerHeldRoots(stack, "custodians").withOwners(4).inOwnersCustody(2, 3);
    String gun = org.initialisedRepository("app");
    NotaryCli cli = NotaryCli.member(stack, work.resolve("old-trust"), gun, "SIGNER");
    cli.run("list", gun);
    Path cached = work.resolve("old-trust/tuf/" + gun + "/metadata/root.json");

    // The fourth owner enrols a PRF key: the next root rotation adds them as custodian.
    OwnerHeldRoots.Owner fourth = org.owners.get(3);
    assertThat(org.enrol(fourth).status()).isEqualTo(200);
    PortalApi.Response opened = open(org, "app", "ROTATE_ROOT");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    long added = opened.json().get("id").asLong();
    assertThat(opened.json().get("custodians").asInt()).isEqualTo(4);
    PortalApi.Response newOnly = org.touch(fourth, added);
    assertThat(newOnly.status()).as(newOnly.body()).isEqualTo(200);
    assertThat(newOnly.json().get("state").asText()).isEqualTo("OPEN");
    PortalApi.Response oneOld = org.touch(org.owners.get(2), added);
    assertThat(oneOld.status()).as(oneOld.body()).isEqualTo(200);
    // Two touches, three new root signatures, but one old one: clients would refuse it.
    assertThat(oneOld.json().get("state").asText())
        .as("a touch by a custodian who holds only a new root key counts for the new root only")
        .isEqualTo("OPEN");
    cli.run("list", gun);
    assertThat(read(cached).get("signed").get("version").asInt()).isEqualTo(1);
    PortalApi.Response secondOld = org.touch(org.owners.get(0), added);
    assertThat(secondOld.json().get("state").asText()).as(secondOld.body()).isEqualTo("PUBLISHED");
    cli.run("list", gun);
    assertThat(rootKeyIds(read(cached))).hasSize(4);

    // An owner leaves: the next rotation drops their root key.
    PortalApi.Response removed =
        org.owners
            .get(0)
            .api()
            .delete("/api/v1/orgs/" + org.org + "/members/" + org.owners.get(2).username());
    assertThat(removed.status()).as(removed.body()).isEqualTo(204);
    long dropped = open(org, "app", "ROTATE_ROOT").json().get("id").asLong();
    for (OwnerHeldRoots.Owner owner : java.util.List.of(org.owners.get(0), fourth)) {
      PortalApi.Response touched = org.touch(owner, dropped);
      assertThat(touched.status()).as(touched.body()).isEqualTo(200);
    }
    assertThat(org.owners.get(0).api().get(org.ceremony(dropped)).json().get("state").asText())
        .isEqualTo("PUBLISHED");
    cli.run("list", gun);
    JsonNode root = read(cached);
    assertThat(root.get("signed").get("version").asInt()).isEqualTo(3);
    assertThat(rootKeyIds(root)).hasSize(3);
  }

  @Test
  void aCeremonyNotCompletedWithinItsOpenPeriodExpiresAndPublishesNothing(@TempDir Path work)
      throws Exception {
    OwnerHeldRoots org = new OwnerHeldRoots(stack, "expiry").withOwners(3).inOwnersCustody(2);
    String gun = org.initialisedRepository("app");
    NotaryCli cli = NotaryCli.member(stack, work.resolve("trust"), gun, "SIGNER");
    cli.run("list", gun);
    Path cached = work.resolve("trust/tuf/" + gun + "/metadata/root.json");
    long id = open(org, "app", "ROTATE_ROOT").json().get("id").asLong();
    assertThat(org.touch(org.owners.get(0), id).status()).isEqualTo(200);
    assertThat(stack.portalSql("select count(*) from custodian_root_key where ceremony_id = " + id))
        .isEqualTo("3");

    // The open period ends (24 h by default; here the test moves the deadline into the past).
    stack.portalSql(
        "update root_ceremony set expires_at = now() - interval '1 second' where id = " + id);
    assertThat(org.stateAfter(id, "OPEN", 40)).as("the expiry job closed it").isEqualTo("EXPIRED");
    assertThat(stack.portalSql("select count(*) from custodian_root_key where ceremony_id = " + id))
        .as("the root keys made for it are deleted")
        .isEqualTo("0");
    // Too late for a touch: not even a challenge is given any more.
    PortalApi.Response late = org.owners.get(1).api().get(org.ceremony(id) + "/challenge");
    assertThat(late.status()).as(late.body()).isEqualTo(409);
    assertThat(late.json().get("error").asText()).isEqualTo("root_ceremony_not_open");
    cli.run("list", gun);
    assertThat(read(cached).get("signed").get("version").asInt()).isEqualTo(1);
    assertThat(
            stack.portalSql(
                "select count(*) from audit_event where action = 'root_ceremony.expired' and"
                    + " detail like 'Root ceremony "
                    + id
                    + " %'"))
        .isEqualTo("1");
    // The repository is not stuck: a new ceremony opens.
    assertThat(open(org, "app", "ROTATE_ROOT").status()).isEqualTo(201);
  }

  @Test
  void aCeremonyWhoseRootChangedOnNotaryServerIsClosedAsRootChangedAndPublishesNothing(
      @TempDir Path work) throws Exception {
    OwnerHeldRoots org = new OwnerHeldRoots(stack, "changed").withOwners(3).inOwnersCustody(2);
    String gun = org.initialisedRepository("app");
    NotaryCli cli = NotaryCli.member(stack, work.resolve("trust"), gun, "SIGNER");
    cli.run("list", gun);
    Path cached = work.resolve("trust/tuf/" + gun + "/metadata/root.json");
    long stale = open(org, "app", "ROTATE_TARGETS_KEY").json().get("id").asLong();
    assertThat(org.touch(org.owners.get(0), stale).status()).isEqualTo(200);
    // The second custodian asks for a challenge while the ceremony's root is still current.
    OwnerHeldRoots.Owner late = org.owners.get(1);
    String lateTouch = org.signedChallenge(late, stale, late.key());

    // Another root change publishes meanwhile: two ceremonies opened at the same moment (the
    // one-at-a-time check is no lock), here by hiding the first while the second opens.
    stack.portalSql("update root_ceremony set state = 'EXPIRED' where id = " + stale);
    PortalApi.Response other = open(org, "app", "ROTATE_TARGETS_KEY");
    stack.portalSql("update root_ceremony set state = 'OPEN' where id = " + stale);
    assertThat(other.status()).as(other.body()).isEqualTo(201);
    long published = other.json().get("id").asLong();
    for (OwnerHeldRoots.Owner owner : java.util.List.of(org.owners.get(0), org.owners.get(2))) {
      assertThat(org.touch(owner, published).status()).isEqualTo(200);
    }
    cli.run("list", gun);
    assertThat(read(cached).get("signed").get("version").asInt()).isEqualTo(2);
    String rootNow = read(cached).toString();

    PortalApi.Response refused = late.api().post(org.ceremony(stale) + "/touches", lateTouch);
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.json().get("error").asText()).isEqualTo("root_changed");
    assertThat(refused.json().get("message").asText())
        .contains("changed")
        .contains("Open a new ceremony");
    System.out.println("A touch after the root changed: " + refused.body());
    JsonNode closed = late.api().get(org.ceremony(stale)).json();
    assertThat(closed.get("state").asText()).isEqualTo("FAILED");
    PortalApi.Response again = late.api().get(org.ceremony(stale) + "/challenge");
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(again.json().get("error").asText()).isEqualTo("root_ceremony_not_open");
    cli.run("list", gun);
    assertThat(read(cached).toString()).as("nothing was published").isEqualTo(rootNow);
    assertThat(
            stack.portalSql(
                "select count(*) from audit_event where action = 'root_ceremony.failed' and"
                    + " detail like 'Root ceremony "
                    + stale
                    + " %'"))
        .isEqualTo("1");
    // A ceremony opened on the current root works.
    long fresh = open(org, "app", "ROTATE_TARGETS_KEY").json().get("id").asLong();
    PortalApi.Response challenge = late.api().get(org.ceremony(fresh) + "/challenge");
    assertThat(challenge.status()).as(challenge.body()).isEqualTo(200);
  }

  @Test
  void removingOrDemotingACustodianBelowTheThresholdIsRefusedUnlessTheLossIsAcknowledged()
      throws Exception {
    OwnerHeldRoots org = new OwnerHeldRoots(stack, "departure").withOwners(3).inOwnersCustody(2);
    org.initialisedRepository("app");
    PortalApi owner = org.owners.get(0).api();
    String members = "/api/v1/orgs/" + org.org + "/members/";
    // Three custodians, two must sign: one may leave.
    PortalApi.Response first = owner.delete(members + org.owners.get(2).username());
    assertThat(first.status()).as(first.body()).isEqualTo(204);

    String second = org.owners.get(1).username();
    PortalApi.Response removal = owner.delete(members + second);
    assertThat(removal.status()).as(removal.body()).isEqualTo(409);
    assertThat(removal.json().get("error").asText()).isEqualTo("custodians_below_threshold");
    assertThat(removal.json().get("message").asText())
        .contains("only 1 custodians remain")
        .contains("acknowledgeCustodianLoss=true");
    System.out.println("Removing a custodian below M: " + removal.body());
    PortalApi.Response demotion = owner.patch(members + second, "{\"role\":\"ADMIN\"}");
    assertThat(demotion.status()).as(demotion.body()).isEqualTo(409);
    assertThat(demotion.json().get("error").asText()).isEqualTo("custodians_below_threshold");
    assertThat(owner.get(members.substring(0, members.length() - 1)).body())
        .as("nothing changed")
        .contains(second);
    assertThat(
            stack.portalSql(
                "select count(*) from audit_event where action = 'member.removed' and outcome ="
                    + " 'FAILED' and target = '"
                    + second
                    + "'"))
        .isEqualTo("1");

    // Their custodian key alone opens their root keys: removing it is the same loss.
    PortalApi secondApi = org.owners.get(1).api();
    long keyId =
        secondApi.get("/api/v1/me/security-keys").json().get("items").get(0).get("id").asLong();
    String keyPath = "/api/v1/me/security-keys/" + keyId;
    String challenge =
        secondApi.get(keyPath + "/removal-challenge").json().get("challenge").asText();
    PortalApi.Response keyRemoval =
        secondApi.call("DELETE", keyPath, org.owners.get(1).key().assertion(challenge));
    assertThat(keyRemoval.status()).as(keyRemoval.body()).isEqualTo(409);
    assertThat(keyRemoval.json().get("error").asText()).isEqualTo("custodians_below_threshold");
    assertThat(keyRemoval.json().get("message").asText())
        .contains(org.org + " (1 custodians left, 2 must sign)")
        .contains("acknowledgeCustodianLoss=true");
    assertThat(secondApi.get("/api/v1/me/security-keys").json().get("items")).hasSize(1);

    PortalApi.Response acknowledged =
        owner.delete(members + second + "?acknowledgeCustodianLoss=true");
    assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(204);
    assertThat(owner.get(org.custody()).json().get("custodians")).hasSize(1);
  }

  @Test
  void aCustodianTakesTheirNewRootKeyAsARecoveryKitThatNotaryKeyImportReads(@TempDir Path work)
      throws Exception {
    OwnerHeldRoots org = new OwnerHeldRoots(stack, "kit").withOwners(3).inOwnersCustody(2);
    org.initialisedRepository("app");
    long id = open(org, "app", "ROTATE_ROOT").json().get("id").asLong();
    OwnerHeldRoots.Owner owner = org.owners.get(0);
    String kitPath = org.ceremony(id) + "/recovery-kit";

    PortalApi.Response weak =
        owner.api().post(kitPath, kitRequest("short", org.signedChallenge(owner, id, owner.key())));
    assertThat(weak.status()).as(weak.body()).isEqualTo(400);
    assertThat(weak.json().get("error").asText()).isEqualTo("weak_recovery_passphrase");

    PortalApi.Response kit =
        owner
            .api()
            .post(
                kitPath,
                kitRequest(NotaryCli.ROOT_PASSPHRASE, org.signedChallenge(owner, id, owner.key())));
    assertThat(kit.status()).as(kit.body()).isEqualTo(200);
    String keyId = kit.json().get("keyId").asText();
    String keyFile = kit.json().get("keyFile").asText();
    assertThat(keyFile).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----").contains("role: root");
    assertThat(owner.api().get(org.ceremony(id)).json().get("touches"))
        .as("a recovery kit signs nothing")
        .isEmpty();
    Path file = work.resolve("recovery.key");
    java.nio.file.Files.writeString(file, keyFile);
    NotaryCli offline = new NotaryCli(stack, work.resolve("offline"));
    offline.run("key", "import", file.toString(), "--role", "root");
    String listed = offline.run("key", "list");
    System.out.println("notary key list after importing the recovery kit:\n" + listed);
    assertThat(listed).contains(keyId).contains("root");

    for (OwnerHeldRoots.Owner signer : org.owners.subList(0, 2)) {
      assertThat(org.touch(signer, id).status()).isEqualTo(200);
    }
    JsonNode custody =
        owner.api().get("/api/v1/orgs/" + org.org + "/repositories/app/root-custody").json();
    java.util.List<String> current = new java.util.ArrayList<>();
    custody.get("rootKeys").forEach(k -> current.add(k.get("keyId").asText()));
    assertThat(current).as("the kit's key is a root key of the published root").contains(keyId);
  }

  @Test
  void aNewThresholdIsApprovedByTheOwnersAndReachesEachRootOnlyWhenTheOldQuorumSignsItsRotation(
      @TempDir Path work) throws Exception {
    OwnerHeldRoots org = new OwnerHeldRoots(stack, "new-m").withOwners(3).inOwnersCustody(2);
    String gun = org.initialisedRepository("app");
    NotaryCli cli = NotaryCli.member(stack, work.resolve("old-trust"), gun, "SIGNER");
    cli.run("list", gun);
    Path cached = work.resolve("old-trust/tuf/" + gun + "/metadata/root.json");

    PortalApi first = org.owners.get(0).api();
    PortalApi.Response same = first.put(org.custody(), "{\"mode\":\"OWNERS\",\"threshold\":2}");
    assertThat(same.status()).as(same.body()).isEqualTo(400);
    PortalApi.Response filed = first.put(org.custody(), "{\"mode\":\"OWNERS\",\"threshold\":3}");
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    org.approveCustodyChange(filed.json().get("id").asLong());
    assertThat(first.get(org.custody()).json().get("threshold").asInt()).isEqualTo(3);
    // Applying it opened the root rotation that carries it to the repository.
    JsonNode rotation = org.openCeremony();
    assertThat(rotation.get("operation").asText()).isEqualTo("ROTATE_ROOT");
    assertThat(rotation.get("threshold").asInt()).isEqualTo(3);
    long id = rotation.get("id").asLong();
    for (OwnerHeldRoots.Owner owner : org.owners.subList(0, 2)) {
      PortalApi.Response touched = org.touch(owner, id);
      assertThat(touched.status()).as(touched.body()).isEqualTo(200);
      assertThat(touched.json().get("state").asText()).isEqualTo("OPEN");
    }
    cli.run("list", gun);
    assertThat(read(cached).get("signed").get("roles").get("root").get("threshold").asInt())
        .as("two touches of three: the root keeps threshold 2")
        .isEqualTo(2);
    PortalApi.Response third = org.touch(org.owners.get(2), id);
    assertThat(third.status()).as(third.body()).isEqualTo(200);
    assertThat(third.json().get("state").asText()).isEqualTo("PUBLISHED");
    cli.run("list", gun);
    JsonNode root = read(cached);
    assertThat(root.get("signed").get("version").asInt()).isEqualTo(2);
    assertThat(root.get("signed").get("roles").get("root").get("threshold").asInt()).isEqualTo(3);
    System.out.println(
        "Threshold 2 -> 3 followed by the old trust dir: root v2, threshold 3, signed by "
            + signerIds(root));
  }

  @Test
  void twoCustodiansRecoveryKitsImportedByNotarySignARootRotationThatNotaryServerAccepts(
      @TempDir Path work) throws Exception {
    OwnerHeldRoots org = new OwnerHeldRoots(stack, "kits").withOwners(3).inOwnersCustody(2);
    PortalApi.Response created = org.createRepository("app");
    assertThat(created.status()).as(created.body()).isEqualTo(202);
    long id = created.json().get("rootCeremony").asLong();
    String gun = created.json().get("gun").asText();
    OwnerHeldRoots.Owner a = org.owners.get(0);
    OwnerHeldRoots.Owner b = org.owners.get(1);
    String passphraseOfA = "kit passphrase of " + a.username();
    String passphraseOfB = "kit passphrase of " + b.username();
    // Each takes their kit of the first root in its ceremony, each under their own passphrase.
    Kit kitOfA = kit(org, a, id, passphraseOfA, work.resolve("a.key"));
    Kit kitOfB = kit(org, b, id, passphraseOfB, work.resolve("b.key"));
    for (OwnerHeldRoots.Owner owner : List.of(a, b)) {
      assertThat(org.touch(owner, id).status()).isEqualTo(200);
    }
    NotaryCli follower = NotaryCli.member(stack, work.resolve("follower"), gun, "SIGNER");
    assertThat(follower.run("list", gun)).contains("No targets present in this repository.");
    Path cached = work.resolve("follower/tuf/" + gun + "/metadata/root.json");
    Set<String> oldRootKeys = rootKeyIds(read(cached));

    // Offline, the two custodians bring their kits to one notary CLI; notary reads one root
    // passphrase from the environment, so B sets A's at its terminal prompt.
    NotaryCli offline =
        NotaryCli.as(stack, work.resolve("offline"), a.username(), TwoTenants.PASSWORD)
            .withRootPassphrase(passphraseOfA);
    offline.run("key", "import", kitOfA.file().toString(), "--role", "root");
    offline.run("key", "import", kitOfB.file().toString(), "--role", "root");
    assertThat(offline.run("key", "list")).contains(kitOfA.keyId()).contains(kitOfB.keyId());
    offline.runAtTerminal(
        passphraseOfB + "\n" + passphraseOfA + "\n" + passphraseOfA + "\n",
        "key",
        "passwd",
        kitOfB.keyId());
    // Two new root keys, and the rotation to them, signed by the two kits and the new keys.
    Path newKeys = Files.createDirectories(work.resolve("new-keys"));
    List<String> rotateTo = new ArrayList<>();
    for (String name : List.of("first", "second")) {
      Path file = newKeys.resolve(name);
      offline.runAtTerminal(
          passphraseOfA + "\n" + passphraseOfA + "\n",
          "key",
          "generate",
          "ecdsa",
          "--role",
          "root",
          "-o",
          file.toString());
      rotateTo.addAll(List.of("-k", file + "-key.pem"));
    }
    List<String> rotate = new ArrayList<>(List.of("key", "rotate", gun, "root"));
    rotate.addAll(rotateTo);
    String rotated = offline.runWithInput("yes\n", rotate.toArray(String[]::new));
    System.out.println("notary key rotate " + gun + " root with two recovery kits:\n" + rotated);
    assertThat(rotated).contains("Successfully rotated root key");

    assertThat(follower.run("list", gun)).contains("No targets present in this repository.");
    JsonNode root = read(cached);
    assertThat(root.get("signed").get("version").asInt()).isEqualTo(2);
    Set<String> newRootKeys = rootKeyIds(root);
    assertThat(newRootKeys).hasSize(2).doesNotContainAnyElementsOf(oldRootKeys);
    Set<String> signers = signerIds(root);
    assertThat(signers.stream().filter(oldRootKeys::contains))
        .as("signed by the two kits' keys of the old root")
        .hasSize(2);
    assertThat(signers.stream().filter(newRootKeys::contains)).hasSize(2);
    NotaryCli fresh = NotaryCli.member(stack, work.resolve("fresh"), gun, "SIGNER");
    assertThat(fresh.run("list", gun)).contains("No targets present in this repository.");
    System.out.println(
        "Root rotation signed with two recovery kits, followed by a CLI that trusted root v1:"
            + " root v2, root keys "
            + newRootKeys
            + ", signed by "
            + signers
            + " (old root keys "
            + oldRootKeys
            + ")");
  }

  /**
   * Leaving OWNERS custody: the owners approve SERVER custody, which opens a ceremony for each
   * custodians' root. One touch of two publishes nothing; two hand the root to one new key the
   * portal holds (sealed, as in SERVER custody), signed by the custodians' old quorum and the
   * portal, so that a client that trusted the custodians' root follows.
   */
  @Test
  void returningRootCustodyToThePortalTakesTheOwnersApprovalAndTheOldQuorumsTouches(
      @TempDir Path work) throws Exception {
    OwnerHeldRoots org = new OwnerHeldRoots(stack, "give-back").withOwners(3).inOwnersCustody(2);
    String gun = org.initialisedRepository("app");
    NotaryCli cli = NotaryCli.member(stack, work.resolve("old-trust"), gun, "SIGNER");
    cli.run("list", gun);
    Path cached = work.resolve("old-trust/tuf/" + gun + "/metadata/root.json");
    Set<String> custodiansKeys = rootKeyIds(read(cached));
    String heldRootKeys =
        "select count(*) from held_key where gun = '" + gun + "' and lower(role) = 'root'";
    assertThat(stack.portalSql(heldRootKeys)).as("no root key of the portal's yet").isEqualTo("0");

    PortalApi.Response early = open(org, "app", "RETURN_ROOT_TO_SERVER");
    assertThat(early.status())
        .as("no return before the owners approve it: " + early.body())
        .isEqualTo(409);
    PortalApi first = org.owners.get(0).api();
    PortalApi.Response filed = first.put(org.custody(), "{\"mode\":\"SERVER\"}");
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    org.approveCustodyChange(filed.json().get("id").asLong());
    assertThat(first.get(org.custody()).json().get("mode").asText()).isEqualTo("SERVER");
    PortalApi.Response again = first.put(org.custody(), "{\"mode\":\"SERVER\"}");
    assertThat(again.status()).as(again.body()).isEqualTo(400);
    JsonNode ceremony = org.openCeremony();
    assertThat(ceremony.get("operation").asText()).isEqualTo("RETURN_ROOT_TO_SERVER");
    assertThat(ceremony.get("summary").asText()).startsWith("Return the root of " + gun);
    long id = ceremony.get("id").asLong();
    OwnerHeldRoots.Owner custodian = org.owners.get(0);
    PortalApi.Response kit =
        custodian
            .api()
            .post(
                org.ceremony(id) + "/recovery-kit",
                kitRequest(
                    "a long enough passphrase",
                    org.signedChallenge(custodian, id, custodian.key())));
    assertThat(kit.status()).as("no kit of a key no root will name: " + kit.body()).isEqualTo(409);
    assertThat(kit.json().get("error").asText()).isEqualTo("no_recovery_kit");

    PortalApi.Response one = org.touch(org.owners.get(0), id);
    assertThat(one.status()).as(one.body()).isEqualTo(200);
    assertThat(one.json().get("state").asText()).isEqualTo("OPEN");
    cli.run("list", gun);
    assertThat(read(cached).get("signed").get("version").asInt())
        .as("one touch of two: the custodians' root stays")
        .isEqualTo(1);
    PortalApi.Response two = org.touch(org.owners.get(1), id);
    assertThat(two.status()).as(two.body()).isEqualTo(200);
    assertThat(two.json().get("state").asText()).isEqualTo("PUBLISHED");

    cli.run("list", gun);
    JsonNode root = read(cached);
    assertThat(root.get("signed").get("version").asInt()).isEqualTo(2);
    Set<String> portalsKeys = rootKeyIds(root);
    assertThat(portalsKeys).hasSize(1).doesNotContainAnyElementsOf(custodiansKeys);
    assertThat(root.get("signed").get("roles").get("root").get("threshold").asInt()).isEqualTo(1);
    Set<String> signers = signerIds(root);
    assertThat(signers.stream().filter(custodiansKeys::contains)).as("old root keys").hasSize(2);
    assertThat(signers).as("the portal's new root key").containsAll(portalsKeys);
    JsonNode custody =
        first.get("/api/v1/orgs/" + org.org + "/repositories/app/root-custody").json();
    assertThat(custody.get("mode").asText()).as(custody.toString()).isEqualTo("SERVER");
    assertThat(custody.get("rootKeys")).isEmpty();
    assertThat(stack.portalSql(heldRootKeys)).as("the portal holds the root key").isEqualTo("1");
    PortalApi.Response rotate = open(org, "app", "ROTATE_ROOT");
    assertThat(rotate.status())
        .as("no ceremonies in SERVER custody: " + rotate.body())
        .isEqualTo(409);
    System.out.println(
        "Root returned to the portal, followed by the old trust dir: root v2, root key "
            + portalsKeys
            + ", signed by "
            + signers
            + " (custodians' keys "
            + custodiansKeys
            + ")");
  }

  /**
   * Entering OWNERS custody with a repository the portal made before: its root is handed to the
   * custodians in a ceremony (one new key each, threshold M) that they sign with their new keys and
   * the portal with its old one, so that a client that trusted the portal's root follows, and the
   * key-encryption key alone opens no key of the new root.
   */
  @Test
  void enteringOwnersCustodyHandsTheRootsThePortalMadeBeforeToTheCustodians(@TempDir Path work)
      throws Exception {
    OwnerHeldRoots org = new OwnerHeldRoots(stack, "hand-over").withOwners(3);
    PortalApi.Response made = org.createRepository("early");
    assertThat(made.status()).as("made in SERVER custody: " + made.body()).isEqualTo(201);
    String gun = made.json().get("gun").asText();
    NotaryCli cli = NotaryCli.member(stack, work.resolve("old-trust"), gun, "SIGNER");
    cli.run("list", gun);
    Path cached = work.resolve("old-trust/tuf/" + gun + "/metadata/root.json");
    Set<String> portalsKeys = rootKeyIds(read(cached));
    assertThat(portalsKeys).hasSize(1);

    org.inOwnersCustody(2);
    JsonNode ceremony = org.openCeremony();
    assertThat(ceremony.get("operation").asText()).isEqualTo("HAND_ROOT_TO_CUSTODIANS");
    assertThat(ceremony.get("summary").asText()).startsWith("Hand the root of " + gun);
    long id = ceremony.get("id").asLong();
    PortalApi.Response one = org.touch(org.owners.get(0), id);
    assertThat(one.json().get("state").asText()).as(one.body()).isEqualTo("OPEN");
    cli.run("list", gun);
    assertThat(read(cached).get("signed").get("version").asInt())
        .as("one touch of two: the portal's root stays")
        .isEqualTo(1);
    PortalApi.Response two = org.touch(org.owners.get(2), id);
    assertThat(two.json().get("state").asText()).as(two.body()).isEqualTo("PUBLISHED");

    cli.run("list", gun);
    JsonNode root = read(cached);
    assertThat(root.get("signed").get("version").asInt()).isEqualTo(2);
    Set<String> custodiansKeys = rootKeyIds(root);
    assertThat(custodiansKeys).hasSize(3).doesNotContainAnyElementsOf(portalsKeys);
    assertThat(root.get("signed").get("roles").get("root").get("threshold").asInt()).isEqualTo(2);
    Set<String> signers = signerIds(root);
    assertThat(signers).as("the portal's old root key").containsAll(portalsKeys);
    assertThat(signers.stream().filter(custodiansKeys::contains)).as("new root keys").hasSize(2);
    JsonNode custody =
        org.owners
            .get(0)
            .api()
            .get("/api/v1/orgs/" + org.org + "/repositories/early/root-custody")
            .json();
    assertThat(custody.get("mode").asText()).as(custody.toString()).isEqualTo("OWNERS");
    assertThat(custody.get("rootKeys")).hasSize(3);
    assertThat(
            stack.portalSql(
                "select count(*) from held_key where gun = '" + gun + "' and lower(role) = 'root'"))
        .as("the portal's old root key, which no root names any more, is deleted")
        .isEqualTo("0");
    System.out.println(
        "Root handed to the custodians, followed by the old trust dir: root v2, root keys "
            + custodiansKeys
            + ", signed by "
            + signers
            + " (the portal's key "
            + portalsKeys
            + ")");
  }

  /**
   * notary-server is away when the last custodian touches their key: the touch counts (the ceremony
   * is SIGNED, waiting in the outbox with the reason) rather than being lost, nothing is published,
   * and when notary-server is back the ceremony is published without anyone touching again; the CLI
   * that trusted the old root follows.
   */
  @Test
  void aCeremonySignedWhileNotaryServerIsAwayKeepsItsTouchesAndIsPublishedWhenItReturns(
      @TempDir Path work) throws Exception {
    OwnerHeldRoots org = new OwnerHeldRoots(stack, "outbox").withOwners(3).inOwnersCustody(2);
    String gun = org.initialisedRepository("app");
    NotaryCli cli = NotaryCli.member(stack, work.resolve("old-trust"), gun, "SIGNER");
    cli.run("list", gun);
    Path cached = work.resolve("old-trust/tuf/" + gun + "/metadata/root.json");
    long id = open(org, "app", "ROTATE_ROOT").json().get("id").asLong();
    assertThat(org.touch(org.owners.get(0), id).status()).isEqualTo(200);
    OwnerHeldRoots.Owner last = org.owners.get(1);
    String touch = org.signedChallenge(last, id, last.key());

    PortalApi.Response signed;
    stack.stopNotaryServer();
    try {
      signed = last.api().post(org.ceremony(id) + "/touches", touch);
      assertThat(signed.status()).as("the last touch counts: " + signed.body()).isEqualTo(200);
      assertThat(signed.json().get("state").asText()).isEqualTo("SIGNED");
      assertThat(signed.json().get("touches")).hasSize(2);
      assertThat(signed.json().get("publishError").asText()).contains("not available");
      System.out.println("Last touch while notary-server is away: " + signed.body());
      try (BrowserSession browser = new BrowserSession(stack, "en")) {
        LoginPage.open(browser).signIn(last.username(), TwoTenants.PASSWORD);
        browser.open("/orgs/" + org.org + "/root-ceremonies/" + id);
        browser.awaitText(By.id("ceremony-status"), "no touch is lost");
        browser.screenshot("root-ceremony-signed-waiting");
      }
    } finally {
      stack.startNotaryServer();
    }
    assertThat(org.stateAfter(id, "SIGNED", 60))
        .as("published from the outbox")
        .isEqualTo("PUBLISHED");
    cli.run("list", gun);
    assertThat(read(cached).get("signed").get("version").asInt()).isEqualTo(2);
    assertThat(
            stack.portalSql(
                "select actor from audit_event where action = 'root_ceremony.published' and"
                    + " detail like 'Root ceremony "
                    + id
                    + " %'"))
        .as("published by the outbox job, once")
        .isEqualTo("trust-portal");
  }

  private record Kit(Path file, String keyId) {}

  /** The custodian's recovery kit of ceremony {@code id}, written to {@code file}. */
  private static Kit kit(
      OwnerHeldRoots org, OwnerHeldRoots.Owner owner, long id, String passphrase, Path file)
      throws java.io.IOException {
    PortalApi.Response kit =
        owner
            .api()
            .post(
                org.ceremony(id) + "/recovery-kit",
                kitRequest(passphrase, org.signedChallenge(owner, id, owner.key())));
    assertThat(kit.status()).as(kit.body()).isEqualTo(200);
    return new Kit(
        Files.writeString(file, kit.json().get("keyFile").asText()),
        kit.json().get("keyId").asText());
  }

  private static String kitRequest(String passphrase, String assertion) {
    return "{\"passphrase\":\"" + passphrase + "\",\"assertion\":" + assertion + "}";
  }

  private static PortalApi.Response open(OwnerHeldRoots org, String repository, String operation) {
    return org.owners
        .get(0)
        .api()
        .post(
            "/api/v1/orgs/" + org.org + "/root-ceremonies",
            "{\"repository\":\"" + repository + "\",\"operation\":\"" + operation + "\"}");
  }

  private static JsonNode read(Path file) throws java.io.IOException {
    return new ObjectMapper().readTree(file.toFile());
  }

  private static Set<String> rootKeyIds(JsonNode root) {
    Set<String> ids = new HashSet<>();
    root.get("signed").get("roles").get("root").get("keyids").forEach(k -> ids.add(k.asText()));
    return ids;
  }

  private static String targetsKeyId(JsonNode root) {
    return roleKeyId(root, "targets");
  }

  private static String roleKeyId(JsonNode root, String role) {
    return root.get("signed").get("roles").get(role).get("keyids").get(0).asText();
  }

  private static Set<String> signerIds(JsonNode root) {
    Set<String> ids = new HashSet<>();
    root.get("signatures").forEach(s -> ids.add(s.get("keyid").asText()));
    return ids;
  }
}
