package dev.trustportal.portal.rootcustody;

import dev.trustportal.notary.crypto.NotaryKeyFiles;
import dev.trustportal.notary.crypto.PrivateKeys;
import dev.trustportal.notary.crypto.Signatures;
import dev.trustportal.notary.crypto.SigningKey;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.json.MetadataCodec;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Signature;
import dev.trustportal.notary.verify.TrustedRepository;
import dev.trustportal.portal.approval.ApprovalService;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.custody.CustodianKeys;
import dev.trustportal.portal.custody.CustodianPublicKey;
import dev.trustportal.portal.custody.KeyVault;
import dev.trustportal.portal.custody.WrapBinding;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.pinning.TrustPins;
import dev.trustportal.portal.publishing.NotaryUnavailableException;
import dev.trustportal.portal.repository.Repositories;
import dev.trustportal.portal.repository.Repository;
import dev.trustportal.portal.repository.RepositoryNotFoundException;
import dev.trustportal.portal.securitykey.ApprovalBinding;
import dev.trustportal.portal.securitykey.AssertionOptions;
import dev.trustportal.portal.securitykey.CustodianChallenge;
import dev.trustportal.portal.securitykey.CustodianEnrolment;
import dev.trustportal.portal.securitykey.CustodianEnrolmentService;
import dev.trustportal.portal.securitykey.KeyUse;
import dev.trustportal.portal.securitykey.NoPrfResultException;
import dev.trustportal.portal.securitykey.PrfAssertion;
import dev.trustportal.portal.securitykey.SecurityKeyService;
import dev.trustportal.portal.securitykey.SecurityKeys.Purpose;
import dev.trustportal.portal.tenancy.Tenancy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Root ceremonies: custodians sign a prepared root, each with one touch of their security key. The
 * touch is a WebAuthn assertion over a challenge bound to the ceremony's digest (as approvals are)
 * that also evaluates the PRF extension over the key's salt; its output opens, in memory only, the
 * root key wrapped for that custodian, which signs the root's canonical bytes and is wiped. At the
 * threshold the root and targets are published to notary-server in the same transaction. A touch
 * for one ceremony never counts for another: its challenge is stored under the ceremony's ID and
 * derived from its digest.
 */
@Stateless
@PermitAll
public class RootCeremonyService {

  /** A recovery kit's passphrase protects a root key kept offline. */
  static final int MIN_PASSPHRASE = 12;

  private static final Logger LOG = Logger.getLogger(RootCeremonyService.class.getName());

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  // Field injection: EJBs need a no-argument constructor.
  @Inject Tenancy tenancy;
  @Inject RootCeremonies ceremonies;
  @Inject CustodianEnrolmentService enrolments;
  @Inject SecurityKeyService keys;
  @Inject ApprovalService approvals;
  @Inject TrustPins pins;
  @Inject CallerContext caller;
  @Inject AuditLog audit;
  @Inject OwnerHeldRotations rotations;
  @Inject Repositories repositoryStore;
  @Inject CeremonyPublication publication;
  @Inject CeremonyOutbox outbox;
  @Resource SessionContext context;
  @Inject Clock clock;

  /** The organisation's ceremonies, newest first (at most 100); members see them. */
  public List<RootCeremony> ceremonies(String organisation) {
    return ceremonies.ofOrganisation(tenancy.organisationToWorkIn(organisation));
  }

  /**
   * @throws RootCeremonyNotFoundException unless it is the organisation's and the caller a member
   */
  public RootCeremony ceremony(String organisation, long id) {
    tenancy.organisationToWorkIn(organisation);
    return visible(organisation, id, false);
  }

  /**
   * Opens a ceremony that rotates the root keys (to one per current custodian: custodians added or
   * removed) or the targets key of an initialised OWNERS repository; owners only.
   *
   * @throws RootCeremonyRefusedException if the repository's root is not the custodians', another
   *     ceremony is open for it, or fewer custodians than the threshold remain
   */
  public RootCeremony openRootChange(String organisation, String repository, String operation) {
    Organisation org = tenancy.organisationToWorkIn(organisation, MemberRole.OWNER);
    if (repository == null || repository.isBlank()) {
      throw new InvalidCeremonyRequestException("repository is missing");
    }
    CeremonyOperation change = rootChange(operation);
    Repository repo =
        repositoryStore
            .named(org, repository)
            .orElseThrow(() -> new RepositoryNotFoundException(organisation, repository));
    long id = rotations.open(repo, change);
    RootCeremony opened = ceremonies.find(id, false).orElseThrow();
    record(
        org,
        "root_ceremony.opened",
        opened.gun(),
        "Root ceremony "
            + id
            + " opened (digest sha256:"
            + opened.digest()
            + "): "
            + opened.summary()
            + " Open until "
            + opened.expiresAt()
            + ".");
    return opened;
  }

  private static CeremonyOperation rootChange(String operation) {
    if ("ROTATE_ROOT".equals(operation)) {
      return CeremonyOperation.ROTATE_ROOT;
    }
    if ("ROTATE_TARGETS_KEY".equals(operation)) {
      return CeremonyOperation.ROTATE_TARGETS_KEY;
    }
    if ("ROTATE_SNAPSHOT_KEY".equals(operation)) {
      return CeremonyOperation.ROTATE_SNAPSHOT_KEY;
    }
    if ("RETURN_ROOT_TO_SERVER".equals(operation)) {
      return CeremonyOperation.RETURN_ROOT_TO_SERVER;
    }
    if ("HAND_ROOT_TO_CUSTODIANS".equals(operation)) {
      return CeremonyOperation.HAND_ROOT_TO_CUSTODIANS;
    }
    throw new InvalidCeremonyRequestException(
        operation == null ? "operation is missing" : "operation " + operation + " is unknown");
  }

  /** A challenge for the caller, a custodian of the ceremony, to touch their custodian key. */
  public CeremonyChallenge challenge(String organisation, long id) {
    tenancy.organisationToWorkIn(organisation, MemberRole.OWNER);
    RootCeremony ceremony = open(organisation, id, false);
    requireRootUnchanged(ceremony);
    CustodianEnrolment custodian = custodianOf(ceremony);
    AssertionOptions options = keys.approvalChallenge(binding(ceremony));
    AssertionOptions onlyCustodianKey =
        new AssertionOptions(
            options.challenge(),
            options.rpId(),
            List.of(custodian.credentialId()),
            options.userVerification(),
            options.timeoutMillis(),
            options.expiresAt());
    return new CeremonyChallenge(
        ceremony,
        new CustodianChallenge(
            onlyCustodianKey,
            Map.of(custodian.credentialId(), BASE64URL.encodeToString(custodian.prfSalt()))));
  }

  /**
   * Counts the caller's touch ({@link #recordTouch}, committed on its own, so that a signature is
   * never lost) and, when it was the last one needed, publishes the ceremony at once from the
   * outbox. If notary-server cannot take it now, the ceremony stays SIGNED with the reason, and
   * {@link #publishSigned()} tries again.
   *
   * @throws RootChangedException if the root changed on notary-server meanwhile (the ceremony is
   *     FAILED)
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RootCeremony touch(String organisation, long id, String assertionJson) {
    RootCeremony touched = self().recordTouch(organisation, id, assertionJson);
    if (touched.state() != CeremonyState.SIGNED) {
      return touched;
    }
    publishOrKeep(id, caller.username());
    return self().ceremony(organisation, id);
  }

  /**
   * The transaction of {@link #touch}: verifies the assertion, opens the caller's root key with its
   * PRF result, signs the prepared root and, at the threshold, marks the ceremony SIGNED. Public as
   * the bean's own proxy calls it (so that the touch commits before the publication starts); it
   * checks everything {@link #touch} would.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public RootCeremony recordTouch(String organisation, long id, String assertionJson) {
    Organisation org = tenancy.organisationToWorkIn(organisation, MemberRole.OWNER);
    RootCeremony ceremony = open(organisation, id, true);
    requireRootUnchanged(ceremony);
    CustodianEnrolment custodian = custodianOf(ceremony);
    if (ceremony.touches().stream().anyMatch(t -> t.securityKeyId() == custodian.keyId())) {
      throw new AlreadyTouchedException(id, caller.username());
    }
    PrfAssertion prf = PrfAssertion.of(assertionJson);
    KeyUse used =
        keys.verifyApproval(
            binding(ceremony),
            organisation,
            approvals.requiredKeys(organisation),
            prf.assertionJson());
    if (used.keyId() != custodian.keyId()) {
      throw new NotACustodianException(
          caller.username() + " (with '" + used.keyName() + "')", ceremony.gun());
    }
    byte[] output = prf.first().orElseThrow(() -> new NoPrfResultException(used.keyName()));
    List<Signature> signatures = new ArrayList<>();
    try {
      for (StoredRootKey key : keysOf(ceremony, custodian)) {
        signatures.add(sign(ceremony, custodian, key, output));
      }
    } finally {
      Arrays.fill(output, (byte) 0);
    }
    Instant now = clock.instant();
    for (Signature signature : signatures) {
      ceremonies.storeSignature(
          id,
          new CeremonyTouch(caller.username(), custodian.keyId(), signature.keyId().value(), now),
          signature);
    }
    RootCeremony touched = ceremonies.find(id, false).orElseThrow();
    record(
        org,
        "root_ceremony.touched",
        ceremony.gun(),
        "Root ceremony "
            + id
            + " (digest sha256:"
            + ceremony.digest()
            + ") signed by "
            + caller.username()
            + " with security key '"
            + used.keyName()
            + "': "
            + touched.progress());
    if (complete(touched)) {
      ceremonies.decide(id, CeremonyState.SIGNED, now);
      record(
          org,
          "root_ceremony.signed",
          ceremony.gun(),
          "Root ceremony "
              + id
              + " has every signature it needs; it is published from the outbox.");
      return ceremonies.find(id, false).orElseThrow();
    }
    return touched;
  }

  /**
   * Publishes the signed ceremonies waiting in the outbox (notary-server was away when their last
   * touch came, or an instance stopped in between); the publication job calls it.
   *
   * @return how many were published
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int publishSigned() {
    int published = 0;
    for (long id : outbox.waiting()) {
      try {
        if (publishOrKeep(id, "trust-portal")) {
          published++;
        }
      } catch (RootChangedException changed) {
        LOG.info(() -> "root ceremony " + id + " failed: " + changed.getMessage());
      }
    }
    return published;
  }

  /**
   * Publishes a signed ceremony, or keeps it signed with the reason it could not be published now.
   *
   * @throws RootChangedException if the root changed on notary-server (the ceremony is FAILED)
   */
  private boolean publishOrKeep(long id, String actor) {
    try {
      return outbox.publishIfSigned(id, actor);
    } catch (RootChangedException changed) {
      throw changed;
    } catch (RuntimeException unavailable) {
      // Kept for the ceremony's page: why it waits, without the advice to try again (the job does).
      String why =
          unavailable instanceof NotaryUnavailableException away
              ? "notary-server is not available: " + away.arguments()[0]
              : reason(unavailable);
      LOG.log(Level.WARNING, "root ceremony " + id + " stays signed: " + why);
      outbox.keepSigned(id, why);
      return false;
    }
  }

  private static String reason(RuntimeException failure) {
    Throwable cause =
        failure instanceof EJBException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }

  private RootCeremonyService self() {
    return context.getBusinessObject(RootCeremonyService.class);
  }

  /**
   * The caller's root key of the root this ceremony prepares, as notary's encrypted key file under
   * the passphrase they give, to keep offline. One touch (a challenge of this ceremony, with PRF)
   * opens it in memory; the passphrase and the opened key are wiped, neither is stored or logged.
   * It signs nothing and does not count as a touch.
   */
  public RecoveryKit recoveryKit(
      String organisation, long id, String assertionJson, char[] passphrase) {
    Organisation org = tenancy.organisationToWorkIn(organisation, MemberRole.OWNER);
    try {
      RootCeremony ceremony = open(organisation, id, false);
      if (!ceremony.givesRecoveryKit()) {
        throw new NoRecoveryKitException(id, ceremony.gun());
      }
      if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
        throw new RecoveryKitPassphraseException(MIN_PASSPHRASE);
      }
      CustodianEnrolment custodian = custodianOf(ceremony);
      PrfAssertion prf = PrfAssertion.of(assertionJson);
      KeyUse used =
          keys.verifyApproval(
              binding(ceremony),
              organisation,
              approvals.requiredKeys(organisation),
              prf.assertionJson());
      if (used.keyId() != custodian.keyId()) {
        throw new NotACustodianException(
            caller.username() + " (with '" + used.keyName() + "')", ceremony.gun());
      }
      List<StoredRootKey> held = keysOf(ceremony, custodian);
      // The key of the root this ceremony makes: the new one of a rotation, else the current one.
      StoredRootKey key = held.get(held.size() - 1);
      byte[] output = prf.first().orElseThrow(() -> new NoPrfResultException(used.keyName()));
      String file;
      try {
        file = keyFile(ceremony, custodian, key, output, passphrase);
      } finally {
        Arrays.fill(output, (byte) 0);
      }
      record(
          org,
          "root_ceremony.recovery_kit",
          ceremony.gun(),
          caller.username()
              + " took the recovery kit of root key "
              + key.keyId()
              + " in root ceremony "
              + id
              + " (an encrypted notary key file; the passphrase was not kept).");
      return new RecoveryKit(ceremony.gun(), key.keyId(), file);
    } finally {
      if (passphrase != null) {
        Arrays.fill(passphrase, '\0');
      }
    }
  }

  private static String keyFile(
      RootCeremony ceremony,
      CustodianEnrolment custodian,
      StoredRootKey stored,
      byte[] prfOutput,
      char[] passphrase) {
    Gun gun = new Gun(ceremony.gun());
    byte[] pkcs8 =
        CustodianKeys.unwrap(
            prfOutput,
            custodian.prfSalt(),
            new CustodianPublicKey(custodian.publicKey()),
            new WrapBinding(custodian.keyId(), new KeyId(stored.keyId()), gun),
            stored.wrapped());
    try {
      return NotaryKeyFiles.export(PrivateKeys.fromPkcs8(pkcs8), gun, RoleName.ROOT, passphrase);
    } finally {
      KeyVault.wipe(pkcs8);
    }
  }

  /**
   * Opens the custodian's root key in memory only, signs the root's canonical bytes with it and
   * drops it.
   */
  private Signature sign(
      RootCeremony ceremony, CustodianEnrolment custodian, StoredRootKey stored, byte[] prfOutput) {
    Gun gun = new Gun(ceremony.gun());
    byte[] pkcs8 =
        CustodianKeys.unwrap(
            prfOutput,
            custodian.prfSalt(),
            new CustodianPublicKey(custodian.publicKey()),
            new WrapBinding(custodian.keyId(), new KeyId(stored.keyId()), gun),
            stored.wrapped());
    PrivateKey rootKey;
    try {
      rootKey = PrivateKeys.fromPkcs8(pkcs8);
    } finally {
      KeyVault.wipe(pkcs8);
    }
    Metadata<Root> root =
        MetadataCodec.parse(RoleName.ROOT, ceremonies.files(ceremony.id()).root(), Root.class);
    var certificateKey = TufKeys.ofCertificate(TufKeys.parseCertificate(stored.certificate()));
    return Signatures.sign(
        new SigningKey(certificateKey, rootKey), root.canonicalSigned().toArray());
  }

  /**
   * The custodian's root keys the ceremony's root needs: the current one (named by the old root, or
   * by the root an initialisation prepared) and the one made for this ceremony, if any.
   */
  private List<StoredRootKey> keysOf(RootCeremony ceremony, CustodianEnrolment custodian) {
    Optional<StoredRootKey> pending = ceremonies.pendingRootKey(ceremony.id(), custodian.keyId());
    if (pending.isPresent()
        && CeremonyOperation.valueOf(ceremony.operation())
            == CeremonyOperation.INITIALISE_REPOSITORY) {
      // A trust reset's new first root: the deleted root's keys sign nothing of it.
      return List.of(pending.get());
    }
    List<StoredRootKey> keys = new ArrayList<>();
    ceremonies.rootKey(ceremony.gun(), custodian.keyId()).ifPresent(keys::add);
    pending.ifPresent(keys::add);
    return keys;
  }

  /**
   * Whether the signatures meet the prepared root's threshold with its keys and, for a change of an
   * existing root, the old root's threshold with the old keys: what notary-server and clients that
   * trusted the old root require.
   */
  private boolean complete(RootCeremony ceremony) {
    RootCeremonies.PreparedFiles files = ceremonies.files(ceremony.id());
    Set<String> signed =
        ceremonies.signatures(ceremony.id()).stream()
            .map(s -> s.keyId().value())
            .collect(Collectors.toSet());
    if (CeremonyPublication.returnsToServer(ceremony)) {
      // The new root's one key is the portal's: it signs when it publishes.
      return meets(files.oldRoot(), signed);
    }
    if (CeremonyPublication.handedToCustodians(ceremony)) {
      // The old root's key is the portal's: it signs when it publishes.
      return meets(files.root(), signed);
    }
    boolean newMet = meets(files.root(), signed);
    return files.oldRoot() == null ? newMet : newMet && meets(files.oldRoot(), signed);
  }

  private static boolean meets(byte[] rootFile, Set<String> signed) {
    Root root = MetadataCodec.parse(RoleName.ROOT, rootFile, Root.class).signed();
    var role = root.role(RoleName.ROOT);
    long count = role.keyIds().stream().filter(id -> signed.contains(id.value())).count();
    return count >= role.threshold();
  }

  /**
   * Closes the open ceremonies whose period has ended, unpublished, and deletes the root keys made
   * for them; one instance of a cluster at a time (an advisory lock), each ceremony once.
   *
   * @return how many expired
   */
  public int expireOverdue() {
    if (!ceremonies.lockExpiryJob()) {
      return 0;
    }
    Instant now = clock.instant();
    List<Long> overdue = ceremonies.overdue(now);
    for (long id : overdue) {
      RootCeremony ceremony = ceremonies.find(id, false).orElseThrow();
      ceremonies.decide(id, CeremonyState.EXPIRED, now);
      ceremonies.dropPendingRootKeys(id);
      audit.record(
          new AuditRecord(
              ceremony.organisation(),
              "trust-portal",
              "root_ceremony.expired",
              ceremony.gun(),
              Outcome.SUCCEEDED,
              "Root ceremony "
                  + id
                  + " expired at "
                  + ceremony.expiresAt()
                  + " with "
                  + ceremony.progress()
                  + " Nothing was published."));
    }
    return overdue.size();
  }

  /**
   * A ceremony that changes a root can only publish on that root: once notary-server serves another
   * one, its signatures would not chain, so it is closed as FAILED at the next challenge or touch.
   */
  private void requireRootUnchanged(RootCeremony ceremony) {
    byte[] oldRoot = ceremonies.files(ceremony.id()).oldRoot();
    if (oldRoot == null) {
      return;
    }
    TrustedRepository current;
    try {
      current = pins.read(new Gun(ceremony.gun()));
    } catch (NotaryUnavailableException away) {
      // The publication checks again; notary-server's absence refuses no touch.
      return;
    }
    publication.requireRootUnchanged(ceremony, current, oldRoot, caller.username());
  }

  private CustodianEnrolment custodianOf(RootCeremony ceremony) {
    return enrolments.custodiansAmong(List.of(caller.username())).stream()
        .filter(e -> !keysOf(ceremony, e).isEmpty())
        .findFirst()
        .orElseThrow(() -> new NotACustodianException(caller.username(), ceremony.gun()));
  }

  /** The ceremony, open and unexpired; an expired one is marked so and refused. */
  private RootCeremony open(String organisation, long id, boolean lock) {
    RootCeremony ceremony = visible(organisation, id, lock);
    if (ceremony.state() == CeremonyState.OPEN && clock.instant().isAfter(ceremony.expiresAt())) {
      ceremonies.decide(id, CeremonyState.EXPIRED, clock.instant());
      throw new RootCeremonyNotOpenException(id, CeremonyState.EXPIRED);
    }
    if (ceremony.state() != CeremonyState.OPEN) {
      throw new RootCeremonyNotOpenException(id, ceremony.state());
    }
    return ceremony;
  }

  private RootCeremony visible(String organisation, long id, boolean lock) {
    return ceremonies
        .find(id, lock)
        .filter(c -> c.organisation().equals(organisation))
        .orElseThrow(() -> new RootCeremonyNotFoundException(id));
  }

  private static ApprovalBinding binding(RootCeremony ceremony) {
    return new ApprovalBinding(
        Purpose.ROOT_CEREMONY,
        ceremony.id(),
        ceremony.digest(),
        "signing root ceremony " + ceremony.id());
  }

  private void record(Organisation org, String action, String target, String detail) {
    audit.record(
        new AuditRecord(
            org.name().value(), caller.username(), action, target, Outcome.SUCCEEDED, detail));
  }
}
