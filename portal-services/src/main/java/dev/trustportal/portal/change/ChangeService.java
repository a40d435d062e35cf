package dev.trustportal.portal.change;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.portal.approval.ApprovalPolicies;
import dev.trustportal.portal.approval.Tally;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.identity.TokenReach;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.membership.Memberships;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.organisation.OrganisationNotFoundException;
import dev.trustportal.portal.pinning.RepositoryDivergedException;
import dev.trustportal.portal.pinning.TrustPins;
import dev.trustportal.portal.publishing.NotaryUnavailableException;
import dev.trustportal.portal.repository.OrphanedTag;
import dev.trustportal.portal.repository.Repositories;
import dev.trustportal.portal.repository.Repository;
import dev.trustportal.portal.repository.RepositoryNotFoundException;
import dev.trustportal.portal.repository.RepositoryNotInitialisedException;
import dev.trustportal.portal.repository.TagImpacts;
import dev.trustportal.portal.repository.TrustDetails;
import dev.trustportal.portal.repository.TrustEffect;
import dev.trustportal.portal.signer.SignerKeyInput;
import dev.trustportal.portal.signer.SignerKeys;
import dev.trustportal.portal.signer.SignerLinks;
import dev.trustportal.portal.signer.SignerName;
import dev.trustportal.portal.tenancy.Tenancy;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Filing, reading and approving changes of a repository's trust. Filing checks the change against
 * the live trust data on notary-server and stores it only if it can apply; nothing is stored when
 * it is refused (while notary-server is unreachable, changes are filed and checked when they are
 * published). The organisation's approval policy decides how many owners must approve: with 0 the
 * request is approved and queued for publishing in the filing transaction. Publishing itself is
 * {@link ChangePublisher}'s, asynchronously: callers follow a request by its ID.
 *
 * <p>Who may do what: owners and admins file, every member reads, owners approve and reject; a
 * caller who is not a member of the organisation learns nothing (404), as everywhere (see {@link
 * Tenancy}).
 */
@Stateless
@DeclareRoles(Roles.PLATFORM_ADMIN)
@PermitAll
public class ChangeService {

  /** Who files what the portal does by itself (the watcher's re-signing), as in the audit chain. */
  public static final String PORTAL = "trust-portal";

  // Field injection: EJBs need a no-argument constructor.
  @Inject Tenancy tenancy;
  @Inject Repositories repositories;
  @Inject ChangeRequests changes;
  @Inject Outbox outbox;
  @Inject TrustPins pins;
  @Inject AuditLog audit;
  @Inject CallerContext caller;
  @Inject Clock clock;
  @Inject Event<ChangeQueued> queued;
  @Inject Memberships memberships;
  @Inject SignerLinks links;
  @Inject ApprovalPolicies policies;

  /**
   * Requests a new signer with one key: into {@code targets/releases} and a new {@code
   * targets/<name>}.
   *
   * @throws dev.trustportal.portal.signer.InvalidSignerNameException for a name outside the rules
   * @throws dev.trustportal.portal.signer.InvalidSignerKeyException for a key that cannot be
   *     accepted
   * @throws SignerExistsException if the repository has a signer of the name
   */
  public ChangeDetails requestSigner(
      String organisation, String repository, String name, SignerKeyInput key) {
    return requestSigner(organisation, repository, name, key, Optional.empty());
  }

  /**
   * Requests a new signer linked to a portal account of the organisation: once the change is
   * published, the notary token service lets that account push to the repository's GUN.
   *
   * @throws SignerAccountNotMemberException if {@code account} is no member of the organisation
   */
  public ChangeDetails requestSigner(
      String organisation,
      String repository,
      String name,
      SignerKeyInput key,
      Optional<String> account) {
    Repository target = repositoryToChange(organisation, repository);
    SignerName signer = new SignerName(name);
    Key parsed = SignerKeys.parse(key, clock.instant());
    account.ifPresent(username -> requireMember(target.organisation(), username));
    ChangeDetails filed = file(target, new TrustChange.AddSigner(signer, List.of(parsed)));
    account.ifPresent(username -> links.link(target.gun().value(), signer, username, filed.id()));
    return filed;
  }

  private void requireMember(Organisation organisation, String username) {
    if (username.isBlank() || memberships.find(organisation, username).isEmpty()) {
      throw new SignerAccountNotMemberException(organisation.name().value(), username);
    }
  }

  /** Requests removing a signer, its role and its keys in {@code targets/releases}. */
  public ChangeDetails removeSigner(String organisation, String repository, String name) {
    Repository target = repositoryToChange(organisation, repository);
    return file(target, new TrustChange.RemoveSigner(new SignerName(name)));
  }

  /** Requests another key for an existing signer. */
  public ChangeDetails addSignerKey(
      String organisation, String repository, String signer, SignerKeyInput key) {
    Repository target = repositoryToChange(organisation, repository);
    SignerName name = new SignerName(signer);
    Key parsed = SignerKeys.parse(key, clock.instant());
    return file(target, new TrustChange.AddSignerKey(name, parsed));
  }

  /** Requests removing one key of a signer, by its ID in the role or its canonical ID. */
  public ChangeDetails removeSignerKey(
      String organisation, String repository, String signer, String keyId) {
    Repository target = repositoryToChange(organisation, repository);
    SignerName name = new SignerName(signer);
    return file(target, new TrustChange.RemoveSignerKey(name, ChangeInputs.keyId(keyId)));
  }

  /**
   * Requests a new threshold for {@code targets/releases} or a signer's role. The role may be
   * written in full ({@code targets/releases}, {@code targets/alice}) or short ({@code releases},
   * {@code alice}).
   */
  public ChangeDetails setThreshold(
      String organisation, String repository, String role, int threshold) {
    Repository target = repositoryToChange(organisation, repository);
    return file(target, new TrustChange.SetThreshold(ChangeInputs.thresholdRole(role), threshold));
  }

  /**
   * Checks a new threshold as {@link #setThreshold} does, against the trust data as it is now, and
   * files nothing (the API's dry run); returns the role it names, such as {@code targets/releases}.
   *
   * @throws RepositoryDivergedException or a notary failure: a dry run needs the trust data now
   */
  public String checkThreshold(String organisation, String repository, String role, int threshold) {
    Repository target = repositoryToChange(organisation, repository);
    TrustChange.SetThreshold change =
        new TrustChange.SetThreshold(ChangeInputs.thresholdRole(role), threshold);
    change.check(CurrentTrust.of(pins.read(target.gun())));
    return change.role().value();
  }

  /**
   * Checks a change as filing it would, against the trust data as it is now, and files nothing (a
   * dry run); returns what publishing it would do to the delegations.
   *
   * @throws RepositoryDivergedException or a notary failure: a dry run needs the trust data now
   */
  public TrustEffect preview(String organisation, String repository, TrustChange change) {
    Repository target = repositoryToChange(organisation, repository);
    CurrentTrust now = CurrentTrust.of(pins.read(target.gun()));
    change.check(now);
    return ChangeEffects.of(change.toBridge(now));
  }

  /**
   * A change request of an organisation the caller belongs to.
   *
   * @throws ChangeNotFoundException if there is none, or it is another organisation's
   */
  public ChangeDetails find(long id) {
    return view(visible(id));
  }

  /** One page of the organisation's change requests, newest first. */
  public Page<ChangeDetails> list(String organisation, ChangeFilter filter, PageRequest request) {
    Organisation org = organisationToWorkIn(organisation);
    TokenReach reach = caller.reach();
    // A repository beyond the token's reach is answered as one that does not exist.
    Optional<Repository> repository =
        filter
            .repository()
            .map(
                name -> {
                  if (!reach.reaches(organisation, name)) {
                    throw new RepositoryNotFoundException(organisation, name);
                  }
                  return repositories.existing(org, name);
                });
    List<ChangeDetails> items =
        changes.page(org, repository, filter.state(), reach, request).stream()
            .map(this::view)
            .toList();
    return new Page<>(
        items,
        request.page(),
        request.size(),
        changes.count(org, repository, filter.state(), reach));
  }

  /**
   * How many of the organisation's changes are still on their way: filed, approved or publishing.
   */
  public long openCount(String organisation) {
    Set<ChangeState> open = EnumSet.noneOf(ChangeState.class);
    for (ChangeState state : ChangeState.values()) {
      if (!state.isFinal()) {
        open.add(state);
      }
    }
    return changes.count(organisationToWorkIn(organisation), open, caller.reach());
  }

  /**
   * The caller (an owner) approves a filed change; at the policy's quorum it is queued for
   * publishing in the same transaction. Only {@link ApprovableChanges} calls this, for the approval
   * service, after verifying the caller's security-key assertion over the request's digest; the key
   * is recorded.
   *
   * @throws ChangeNotPendingException if the request is not waiting for approval
   * @throws AlreadyApprovedException if the caller approved it before
   */
  public ChangeDetails approve(long id, long securityKeyId) {
    ChangeRequest request = visible(id);
    tenancy.requireRole(request.organisation().name().value(), MemberRole.OWNER);
    requirePending(request);
    Instant now = clock.instant();
    changes.storeApproval(new ChangeApproval(id, caller.username(), securityKeyId, now));
    Tally tally = new Tally(changes.approvals(id), request.approvalsNeeded());
    record(
        request,
        caller.username(),
        "change.approval",
        "Approval " + tally.given() + " of " + tally.needed() + ".");
    if (tally.complete()) {
      queue(request, caller.username(), "Quorum of " + request.approvalsNeeded() + " reached.");
    }
    return view(request);
  }

  /**
   * Whether the caller approved the change already: their key counts once, so it waits for others.
   */
  public boolean approvedByCaller(long id) {
    return changes.approvedBy(visible(id).id(), caller.username());
  }

  /** The caller (an owner) rejects a filed change; it will not be published. */
  public ChangeDetails reject(long id, String reason) {
    ChangeRequest request = visible(id);
    tenancy.requireRole(request.organisation().name().value(), MemberRole.OWNER);
    requirePending(request);
    String why =
        reason == null || reason.isBlank()
            ? "Rejected by " + caller.username() + "."
            : reason.strip();
    request.reject(why, clock.instant());
    record(request, caller.username(), "change.rejected", why);
    return view(request);
  }

  /**
   * Checks the change against the live trust data and stores it. When notary-server cannot be
   * reached the change is filed unchecked: it is checked before publishing anyway, and fails then
   * with the reason if it cannot apply, so an outage delays changes instead of refusing them.
   */
  private ChangeDetails file(Repository repository, TrustChange change) {
    Optional<CurrentTrust> live = liveTrust(repository.gun());
    live.ifPresent(change::check);
    int needed = policies.approvalsNeeded(repository.organisation(), change.type());
    ChangeRequest request =
        new ChangeRequest(repository, change, caller.username(), needed, clock.instant());
    changes
        .pendingWithDigest(repository, request.digest())
        .ifPresent(
            pending -> {
              throw new DuplicateChangeException(pending.id(), pending.summary());
            });
    changes.store(request);
    String checked =
        live.isPresent()
            ? ""
            : " Not checked against the trust data yet: notary-server is not reachable or the"
                + " repository diverged from its pinned trust; it is checked before publishing.";
    record(
        request,
        caller.username(),
        "change.filed",
        "Needs " + needed + " owner approvals." + checked);
    if (needed == 0) {
      queue(request, caller.username(), "The policy needs no approval.");
    }
    return view(request);
  }

  /**
   * Empty when it cannot be checked now: notary-server is away, or the repository diverged (it
   * waits).
   */
  private Optional<CurrentTrust> liveTrust(Gun gun) {
    try {
      return Optional.of(CurrentTrust.of(pins.readToChange(gun)));
    } catch (NotaryUnavailableException | RepositoryDivergedException notNow) {
      return Optional.empty();
    }
  }

  /**
   * Approves and queues the change. The keys it may put into targets are allowed in the same
   * transaction, so that they are committed before any upload (see {@link TrustPins#expect}) and
   * publishing needs no transaction of its own for them.
   */
  private void queue(ChangeRequest request, String actor, String why) {
    Instant now = clock.instant();
    request.approve(now);
    outbox.enqueue(request, now);
    pins.allow(request.gun(), request.change().keysAdded());
    record(request, actor, "change.approved", why);
    queued.fire(new ChangeQueued(request.id()));
  }

  private void record(ChangeRequest request, String actor, String action, String note) {
    audit.record(ChangeAudit.of(request, actor, action, Outcome.SUCCEEDED, note));
  }

  private ChangeRequest visible(long id) {
    ChangeRequest request = changes.find(id).orElseThrow(() -> new ChangeNotFoundException(id));
    try {
      tenancy.requireRole(request.organisation().name().value());
    } catch (OrganisationNotFoundException notAMember) {
      throw new ChangeNotFoundException(id);
    }
    if (!caller
        .reach()
        .reaches(request.organisation().name().value(), request.repository().name().value())) {
      throw new ChangeNotFoundException(id);
    }
    return request;
  }

  private static void requirePending(ChangeRequest request) {
    if (request.state() != ChangeState.FILED) {
      throw new ChangeNotPendingException(request.id(), request.state());
    }
  }

  private Repository repositoryToChange(String organisation, String repository) {
    Repository target =
        repositories.existing(
            organisationToWorkIn(organisation, MemberRole.OWNER, MemberRole.ADMIN), repository);
    target
        .pendingInitialisation()
        .ifPresent(
            change -> {
              throw new RepositoryNotInitialisedException(target.gun().value(), change);
            });
    return target;
  }

  /**
   * Files the initialisation of a repository that was just stored, in the creating transaction; the
   * policy asks for approvals (otherwise the repository initialises at once and files nothing).
   * Only {@link RepositoryInitialisationRequests} calls it, for the repository feature.
   */
  public long fileInitialisation(Repository repository) {
    int needed =
        policies.approvalsNeeded(repository.organisation(), ChangeType.INITIALISE_REPOSITORY);
    ChangeRequest request =
        new ChangeRequest(
            repository,
            new TrustChange.InitialiseRepository(),
            caller.username(),
            needed,
            clock.instant());
    changes.store(request);
    record(request, caller.username(), "change.filed", "Needs " + needed + " owner approvals.");
    return request.id();
  }

  /**
   * Files and queues the re-signing of a repository's {@code role} (targets, or root where the
   * portal holds its key), which expires at {@code expires}: the watcher's, with no approval, as
   * {@link #PORTAL}. Empty when that re-signing is already on its way (the same expiry pending).
   */
  public Optional<Long> fileResign(
      Gun gun, dev.trustportal.notary.tuf.RoleName role, java.time.Instant expires) {
    Repository repository = repositories.byGun(gun).orElseThrow();
    ChangeRequest request =
        new ChangeRequest(
            repository, new TrustChange.Resign(role, expires), PORTAL, 0, clock.instant());
    if (changes.pendingWithDigest(repository, request.digest()).isPresent()) {
      return Optional.empty();
    }
    changes.store(request);
    record(
        request,
        PORTAL,
        "change.filed",
        "Filed by the watcher: "
            + role
            + " expires at "
            + expires
            + "; the portal holds its key, so it re-signs it before then.");
    queue(request, PORTAL, "A re-signing changes nothing anybody approved: it needs no approval.");
    return Optional.of(request.id());
  }

  /**
   * The tags the repository's published removals left in no role and that do not verify again yet,
   * newest first, with who can sign each into {@code targets/releases} and the command; members see
   * them.
   */
  public List<DroppedTag> droppedTags(String organisation, String repository) {
    return droppedTags(organisation, repository, Optional.empty());
  }

  /**
   * As {@link #droppedTags(String, String)}, judged on trust data the caller has just read (the
   * trust page), so that it is not read twice.
   */
  public List<DroppedTag> droppedTags(String organisation, String repository, TrustDetails now) {
    return droppedTags(organisation, repository, Optional.of(now));
  }

  private List<DroppedTag> droppedTags(
      String organisation, String repository, Optional<TrustDetails> read) {
    Organisation org = organisationToWorkIn(organisation);
    if (!caller.reach().reaches(organisation, repository)) {
      throw new RepositoryNotFoundException(organisation, repository);
    }
    Repository repo = repositories.existing(org, repository);
    List<ChangeRequest> removals = changes.withDroppedTags(repo);
    if (removals.isEmpty()) {
      return List.of();
    }
    TrustDetails now = read.orElseGet(() -> TrustDetails.of(pins.read(repo.gun())));
    List<DroppedTag> dropped = new ArrayList<>();
    for (ChangeRequest removal : removals) {
      for (OrphanedTag tag : DroppedTags.parse(removal.droppedTags())) {
        if (!TagImpacts.verifies(now, tag.tag())) {
          dropped.add(new DroppedTag(removal.id(), removal.summary(), tag));
        }
      }
    }
    return dropped;
  }

  private Organisation organisationToWorkIn(String organisation, MemberRole... anyOf) {
    return tenancy.organisationToWorkIn(organisation, anyOf);
  }

  private ChangeDetails view(ChangeRequest request) {
    int given = request.approvalsNeeded() == 0 ? 0 : changes.approvals(request.id());
    return ChangeViews.of(request, given);
  }
}
