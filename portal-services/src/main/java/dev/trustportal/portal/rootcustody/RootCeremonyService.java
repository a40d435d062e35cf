package dev.trustportal.portal.rootcustody;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.crypto.PrivateKeys;
import dev.trustportal.notary.crypto.Signatures;
import dev.trustportal.notary.crypto.SigningKey;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.json.MetadataCodec;
import dev.trustportal.notary.publish.PublishResult;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Signature;
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
import dev.trustportal.portal.publishing.NotaryFailures;
import dev.trustportal.portal.repository.RepositoryCeremonies;
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
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

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

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  // Field injection: EJBs need a no-argument constructor.
  @Inject Tenancy tenancy;
  @Inject RootCeremonies ceremonies;
  @Inject CustodianEnrolmentService enrolments;
  @Inject SecurityKeyService keys;
  @Inject ApprovalService approvals;
  @Inject NotaryBridge bridge;
  @Inject TrustPins pins;
  @Inject RepositoryCeremonies repositories;
  @Inject CallerContext caller;
  @Inject AuditLog audit;
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

  /** A challenge for the caller, a custodian of the ceremony, to touch their custodian key. */
  public CeremonyChallenge challenge(String organisation, long id) {
    tenancy.organisationToWorkIn(organisation, MemberRole.OWNER);
    RootCeremony ceremony = open(organisation, id, false);
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
   * Counts the caller's touch: verifies the assertion, opens the caller's root key with its PRF
   * result, signs the prepared root and, at the threshold, publishes.
   */
  public RootCeremony touch(String organisation, long id, String assertionJson) {
    Organisation org = tenancy.organisationToWorkIn(organisation, MemberRole.OWNER);
    RootCeremony ceremony = open(organisation, id, true);
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
    Signature signature;
    try {
      signature = sign(ceremony, custodian, output);
    } finally {
      Arrays.fill(output, (byte) 0);
    }
    Instant now = clock.instant();
    ceremonies.storeSignature(
        id,
        new CeremonyTouch(caller.username(), custodian.keyId(), signature.keyId().value(), now),
        signature);
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
    if (touched.touches().size() >= touched.threshold()) {
      publish(org, touched);
      return ceremonies.find(id, false).orElseThrow();
    }
    return touched;
  }

  /**
   * Opens the custodian's root key in memory only, signs the root's canonical bytes with it and
   * drops it.
   */
  private Signature sign(RootCeremony ceremony, CustodianEnrolment custodian, byte[] prfOutput) {
    Gun gun = new Gun(ceremony.gun());
    StoredRootKey stored =
        ceremonies
            .rootKey(ceremony.gun(), custodian.keyId())
            .orElseThrow(() -> new NotACustodianException(caller.username(), ceremony.gun()));
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

  private void publish(Organisation org, RootCeremony ceremony) {
    Gun gun = new Gun(ceremony.gun());
    RootCeremonies.PreparedFiles files = ceremonies.files(ceremony.id());
    List<Signature> signatures = ceremonies.signatures(ceremony.id());
    PublishResult result =
        NotaryFailures.call(
            gun,
            () -> bridge.publishInitialisation(gun, files.root(), signatures, files.targets()));
    pins.initialised(gun, result);
    repositories.initialised(gun, ceremony.id());
    ceremonies.decide(ceremony.id(), CeremonyState.PUBLISHED, clock.instant());
    record(
        org,
        "root_ceremony.published",
        ceremony.gun(),
        "Root ceremony "
            + ceremony.id()
            + " published the"
            + " trust data of "
            + ceremony.gun()
            + " to notary-server: root v1 with "
            + ceremony.custodians()
            + " root keys, threshold "
            + ceremony.threshold()
            + ", signed by "
            + signatures.size()
            + " custodians.");
  }

  private CustodianEnrolment custodianOf(RootCeremony ceremony) {
    return enrolments.custodiansAmong(List.of(caller.username())).stream()
        .filter(e -> ceremonies.rootKey(ceremony.gun(), e.keyId()).isPresent())
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
