package dev.trustportal.portal.repository;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.organisation.OrganisationNotFoundException;
import dev.trustportal.portal.pinning.TrustPins;
import dev.trustportal.portal.publishing.NotaryFailures;
import dev.trustportal.portal.signer.SignerLinks;
import dev.trustportal.portal.tenancy.Tenancy;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Use cases on the repositories of an organisation. A repository is the portal's record of a GUN
 * ({@code <registry host>/<organisation>/<name>}) whose trust data lives on notary-server: creating
 * one initialises that trust data, and its trust view is fetched and verified live.
 */
@Stateless
@DeclareRoles(Roles.PLATFORM_ADMIN)
@PermitAll
public class RepositoryService {

  public static final String DEFAULT_REGISTRY_HOST = "registry.trust-portal.test";
  static final String CREATED = "repository.created";

  // Field injection: EJBs need a no-argument constructor.
  @Inject Tenancy tenancy;
  @Inject Repositories repositories;
  @Inject NotaryBridge bridge;
  @Inject SignerLinks links;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject CallerContext caller;
  @Inject RepositoryInitialisations initialisations;
  @Inject TrustPins pins;
  @Inject OwnerHeldRoots ownerHeldRoots;

  /** The registry's host[:port], the first part of every GUN. */
  @Inject
  @ConfigProperty(name = "portal.registry.host", defaultValue = DEFAULT_REGISTRY_HOST)
  String registryHost;

  /**
   * Creates a repository and initialises its trust data on notary-server: root and targets keys are
   * generated and held sealed by the portal, snapshot and timestamp are the server's. Synchronous:
   * if notary-server fails, the transaction rolls back and neither the repository nor its keys
   * stay.
   *
   * <p>Initialising signs with a new root key, so it is a change of type INITIALISE_REPOSITORY.
   * Where the organisation's policy asks owners to approve it, the repository is created without
   * trust data and the change is filed instead: the summary names it, and approving it publishes
   * the trust data through the publishing worker. With no approval needed (the default) nothing is
   * filed.
   *
   * @throws OrganisationNotFoundException if there is no such organisation
   * @throws InvalidRepositoryNameException if the name is no registry path or its GUN is too long
   * @throws DuplicateRepositoryException if the organisation has the name already
   * @throws dev.trustportal.portal.publishing.NotaryUnavailableException if notary-server fails
   */
  public RepositorySummary createRepository(String organisation, CreateRepository command) {
    Organisation owner = organisationToWorkIn(organisation, MemberRole.OWNER, MemberRole.ADMIN);
    RepositoryName name = new RepositoryName(command.name());
    Gun gun = gunOf(owner, name);
    if (repositories.find(owner, name).isPresent()) {
      throw new DuplicateRepositoryException(organisation, name);
    }
    Repository repository = new Repository(owner, name, gun, clock.instant());
    // Stored (and flushed) first, so that a concurrent duplicate fails before notary is touched.
    repositories.store(repository);
    if (ownerHeldRoots.holdRootsOf(owner)) {
      long ceremony = ownerHeldRoots.openInitialisation(repository);
      repository.awaitCeremony(ceremony);
      audit.record(
          created(
              organisation,
              gun,
              Outcome.SUCCEEDED,
              "Its root keys are held by the custodians; its"
                  + " trust data is published once enough of them sign root in ceremony "
                  + ceremony
                  + "."));
      return RepositorySummary.of(repository);
    }
    if (initialisations.approvalsNeeded(owner) > 0) {
      long change = initialisations.file(repository);
      repository.awaitInitialisation(change);
      audit.record(
          created(
              organisation,
              gun,
              Outcome.SUCCEEDED,
              "Its trust data is initialised once the owners" + " approve change " + change + "."));
      return RepositorySummary.of(repository);
    }
    try {
      pins.initialised(gun, NotaryFailures.call(gun, () -> bridge.initialise(gun)));
    } catch (PortalException failure) {
      // The transaction rolls back; the attempt stays on record. (Recorded before this transaction
      // appends to the chain: it would hold the chain's lock that the independent append waits
      // for.)
      audit.recordIndependently(created(organisation, gun, Outcome.FAILED, failure.getMessage()));
      throw failure;
    }
    audit.record(
        created(organisation, gun, Outcome.SUCCEEDED, "Trust data initialised on notary-server."));
    return RepositorySummary.of(repository);
  }

  private AuditRecord created(String organisation, Gun gun, Outcome outcome, String detail) {
    return new AuditRecord(organisation, caller.username(), CREATED, gun.value(), outcome, detail);
  }

  /** The organisation's repositories whose name contains {@code filter}, sorted by name. */
  public Page<RepositorySummary> list(String organisation, String filter, PageRequest request) {
    Organisation owner = organisationToWorkIn(organisation);
    String contained = filter == null ? "" : filter.strip();
    var items = repositories.page(owner, contained, request);
    return new Page<>(items, request.page(), request.size(), repositories.count(owner, contained));
  }

  /** A repository by name; a string that is no valid name simply finds nothing. */
  public Optional<RepositorySummary> find(String organisation, String name) {
    return repositories.named(organisationToWorkIn(organisation), name).map(RepositorySummary::of);
  }

  /**
   * The repository's trust data, fetched from notary-server and verified against the root and
   * versions the portal pinned ({@link TrustPins}), mapped to a read model.
   *
   * @throws RepositoryNotFoundException if the organisation has no such repository
   * @throws dev.trustportal.portal.publishing.TrustDataInvalidException if the data does not verify
   * @throws dev.trustportal.portal.pinning.RepositoryDivergedException if it diverged from the pin
   */
  public TrustDetails trust(String organisation, String name) {
    RepositorySummary repository =
        RepositorySummary.of(repositories.existing(organisationToWorkIn(organisation), name));
    if (repository.initialisationChange() != null) {
      throw new RepositoryNotInitialisedException(
          repository.gun(), repository.initialisationChange());
    }
    if (repository.rootCeremony() != null) {
      throw new RootCeremonyPendingException(repository.gun(), repository.rootCeremony());
    }
    Gun gun = new Gun(repository.gun());
    return TrustViews.of(pins.read(gun)).withAccounts(links.published(gun.value()));
  }

  /**
   * The tenancy check of every use case here: a caller who is not a member of the organisation gets
   * 404, one without any of the roles 403 (see {@link Tenancy}).
   */
  private Organisation organisationToWorkIn(String organisation, MemberRole... anyOf) {
    return tenancy.organisationToWorkIn(organisation, anyOf);
  }

  private Gun gunOf(Organisation owner, RepositoryName name) {
    return Guns.of(registryHost, owner, name);
  }
}
