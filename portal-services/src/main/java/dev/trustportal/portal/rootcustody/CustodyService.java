package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.approval.ApprovalPolicies;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.membership.CustodianLoss;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.repository.Repositories;
import dev.trustportal.portal.repository.Repository;
import dev.trustportal.portal.repository.RepositoryNotFoundException;
import dev.trustportal.portal.securitykey.CustodianEnrolmentService;
import dev.trustportal.portal.tenancy.Tenancy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * An organisation's root custody and the requests that switch it. Switching to OWNERS custody is a
 * root operation: it needs the approvals of the organisation's current policy (its strictest count)
 * with security keys, through the approval capability ({@code SubjectKind.CUSTODY_CHANGE}); while
 * the policy asks none, it applies at once, as any policy change then does. Members read the
 * custody; owners request a switch.
 */
@Stateless
@PermitAll
public class CustodyService {

  // Field injection: EJBs need a no-argument constructor.
  @Inject Tenancy tenancy;
  @Inject CustodyChanges changes;
  @Inject Custodians custodians;
  @Inject CustodySwitch custodySwitch;
  @Inject ApprovalPolicies policies;
  @Inject CallerContext caller;
  @Inject AuditLog audit;
  @Inject RootCeremonies ceremonies;
  @Inject Repositories repositories;
  @Inject CustodianEnrolmentService enrolments;
  @Inject Clock clock;
  @Inject CustodianDepartures departures;

  /** The organisation's custody and its custodians now. */
  public RootCustody custody(String organisation) {
    return custodians.custodyOf(tenancy.organisationToWorkIn(organisation));
  }

  /**
   * Who holds the repository's root keys; members see it. A repository made before its organisation
   * switched to OWNERS custody keeps its SERVER-held root.
   */
  public RepositoryCustody repositoryCustody(String organisation, String repository) {
    Organisation org = tenancy.organisationToWorkIn(organisation);
    Repository repo =
        repositories
            .named(org, repository)
            .orElseThrow(() -> new RepositoryNotFoundException(organisation, repository));
    String gun = repo.gun().value();
    List<RepositoryCustody.RootKeyHolder> holders = ceremonies.rootKeyHolders(gun);
    String me = caller.username();
    boolean hasPrfKey = !enrolments.custodiansAmong(List.of(me)).isEmpty();
    CustodyMode organisationMode = changes.setting(org).mode();
    boolean initialised =
        repo.pendingInitialisation().isEmpty() && repo.pendingCeremony().isEmpty();
    boolean ceremonyOpen = ceremonies.openCeremonyOf(gun).isPresent();
    if (holders.isEmpty()) {
      return new RepositoryCustody(
          gun,
          CustodyMode.SERVER,
          1,
          List.of(),
          false,
          hasPrfKey,
          organisationMode,
          initialised,
          ceremonyOpen);
    }
    return new RepositoryCustody(
        gun,
        CustodyMode.OWNERS,
        rootThreshold(org, gun),
        holders,
        holders.stream().anyMatch(h -> h.custodian().equals(me)),
        hasPrfKey,
        organisationMode,
        initialised,
        ceremonyOpen);
  }

  /**
   * The threshold of the repository's current root: its last published ceremony's (a trust reset
   * below M, or a new M not yet carried to it, leaves it other than the organisation's setting).
   */
  private int rootThreshold(Organisation org, String gun) {
    return ceremonies.ofOrganisation(org).stream()
        .filter(c -> c.gun().equals(gun) && c.state() == CeremonyState.PUBLISHED)
        .max(Comparator.comparingLong(RootCeremony::id))
        .map(RootCeremony::threshold)
        .orElse(changes.setting(org).threshold());
  }

  /**
   * What removing the member would do to root custody: in OWNERS custody, when they are a custodian
   * and fewer than M custodians would remain, the custodians left and M (the OWNERS repositories'
   * roots can then no longer be changed by their custodians). Empty otherwise. Owners and admins
   * ask it before they remove someone.
   */
  public Optional<CustodianLoss> removalWarning(String organisation, String username) {
    Organisation org =
        tenancy.organisationToWorkIn(organisation, MemberRole.OWNER, MemberRole.ADMIN);
    return departures.withoutOwner(org, username);
  }

  /**
   * Requests OWNERS custody with threshold M (or, in OWNERS custody, a new M): applied at once
   * where the policy asks no approvals, filed for the owners' approval otherwise. A new M opens a
   * root rotation of every repository whose root the custodians hold, which its custodians sign.
   *
   * @throws InvalidCustodyException if the request is not one this portal can carry out
   */
  public CustodyDecision requestCustody(String organisation, String modeName, Integer threshold) {
    // The tenancy check first: whoever may not see the organisation learns nothing, not even that
    // the
    // mode they named does not exist.
    Organisation org = tenancy.organisationToWorkIn(organisation, MemberRole.OWNER);
    CustodyMode mode = CustodyMode.named(modeName);
    int m = custodians.validated(org, mode, threshold);
    int needed = policies.strictest(org);
    Instant now = clock.instant();
    if (needed == 0) {
      String rotations = custodySwitch.apply(org, mode, m, now);
      record(
          org,
          "root_custody.switched",
          "Root custody switched to "
              + mode
              + ", "
              + m
              + " of "
              + custodians.of(org).size()
              + " custodians; the approval policy asks no approvals yet."
              + rotations);
      return new CustodyDecision(custodians.custodyOf(org), Optional.empty());
    }
    String digest = digest(org, mode, m, now);
    long id = changes.file(org, mode, m, caller.username(), now, digest, needed);
    record(
        org,
        "root_custody.change_filed",
        "Root custody change "
            + id
            + " (digest sha256:"
            + digest
            + "): to "
            + mode
            + ", "
            + m
            + " of "
            + custodians.of(org).size()
            + " custodians. Needs "
            + needed
            + " owner approvals with security keys.");
    return new CustodyDecision(custodians.custodyOf(org), changes.find(id, false));
  }

  /** The organisation's custody changes waiting for approval, oldest first. */
  public List<CustodyChange> pending(String organisation) {
    return changes.pending(tenancy.organisationToWorkIn(organisation));
  }

  /**
   * @throws CustodyChangeNotFoundException unless it is the organisation's and the caller a member
   */
  public CustodyChange change(String organisation, long id) {
    tenancy.organisationToWorkIn(organisation);
    return changes
        .find(id, false)
        .filter(c -> c.organisation().equals(organisation))
        .orElseThrow(() -> new CustodyChangeNotFoundException(id));
  }

  private void record(Organisation org, String action, String detail) {
    audit.record(
        new AuditRecord(
            org.name().value(),
            caller.username(),
            action,
            org.name().value(),
            Outcome.SUCCEEDED,
            detail));
  }

  private static String digest(Organisation org, CustodyMode mode, int threshold, Instant at) {
    String text =
        "trust-portal/custody-change/v1\n"
            + org.name().value()
            + "\n"
            + mode
            + "\n"
            + threshold
            + "\n"
            + at;
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
