package dev.trustportal.portal.repository;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.publish.SigningKeys;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.verify.MissingMetadataException;
import dev.trustportal.notary.verify.TrustedRepository;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.pinning.TrustPins;
import dev.trustportal.portal.publishing.NotaryFailures;
import dev.trustportal.portal.tenancy.Tenancy;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports a repository whose trust data someone published on notary-server with their own notary
 * client: the organisation's owner or admin hands over its root and targets keys (notary's
 * encrypted key files and passphrases), the portal checks them against the published root.json and
 * from then on holds them, sealed, as it holds the keys of the repositories it created. Nothing is
 * stored, and nothing on notary-server changes, unless every check passes.
 */
@Stateless
@DeclareRoles(Roles.PLATFORM_ADMIN)
@PermitAll
public class RepositoryImport {

  // Field injection: EJBs need a no-argument constructor.
  @Inject Tenancy tenancy;
  @Inject Repositories repositories;
  @Inject NotaryBridge bridge;

  /** Key custody (HeldSigningKeys): the store the bridge's own key generation uses. */
  @Inject SigningKeys custody;

  @Inject AuditLog audit;
  @Inject CallerContext caller;
  @Inject Clock clock;
  @Inject TrustPins pins;

  @Inject
  @ConfigProperty(
      name = "portal.registry.host",
      defaultValue = RepositoryService.DEFAULT_REGISTRY_HOST)
  String registryHost;

  /**
   * Checks the keys against the trust data published under the repository's GUN and, if they are
   * its root and targets keys, records the repository, seals both keys into custody and records
   * {@code repository.imported}, all in one transaction. The caller still owns the passphrases and
   * should wipe them ({@link ImportRepository#wipe()}).
   *
   * @throws InvalidRepositoryNameException if the name is no registry path or its GUN is too long
   * @throws DuplicateRepositoryException if the organisation has the name already
   * @throws MalformedKeyFileException if a key file is missing or no private key
   * @throws WrongKeyPassphraseException if a passphrase does not decrypt its key file
   * @throws NothingPublishedException if notary-server has no trust data for the GUN
   * @throws KeyMismatchException if a key is not a key of its role in the published root.json
   * @throws RoleNeedsMoreKeysException if root or targets needs more than one signature
   * @throws SnapshotKeyNotOnServerException if notary-server does not sign the snapshots
   * @throws dev.trustportal.portal.publishing.NotaryUnavailableException if notary-server fails
   * @throws dev.trustportal.portal.publishing.TrustDataInvalidException if its data does not verify
   */
  public RepositorySummary importRepository(String organisation, ImportRepository command) {
    Organisation owner = organisationToWorkIn(organisation);
    RepositoryName name = new RepositoryName(command.name());
    Gun gun = Guns.of(registryHost, owner, name);
    if (repositories.find(owner, name).isPresent()) {
      throw new DuplicateRepositoryException(organisation, name);
    }
    OpenedKey root = KeyFiles.open(KeyRole.ROOT, command.rootKey());
    OpenedKey targets = KeyFiles.open(KeyRole.TARGETS, command.targetsKey());
    TrustedRepository served = NotaryFailures.call(gun, () -> fetchPublished(gun));
    PublishedRoot published = new PublishedRoot(gun, served.root().signed());
    published.requireKeyOf(root);
    published.requireKeyOf(targets);
    published.requireSignableWithOneKey(KeyRole.ROOT);
    published.requireSignableWithOneKey(KeyRole.TARGETS);
    requireServerHeldSnapshot(gun, published);
    RepositorySummary imported = hold(owner, name, gun, published, root, targets);
    // From now on the portal holds the repository to the trust data it took here (issue 21).
    pins.adopted(served);
    return imported;
  }

  /**
   * What every GUN of the organisation starts with ({@code <registry host>/<organisation>/}), for a
   * form to show before the name is known.
   */
  public String gunPrefix(String organisation) {
    return Guns.prefix(registryHost, organisationToWorkIn(organisation));
  }

  private TrustedRepository fetchPublished(Gun gun) {
    try {
      return bridge.fetch(gun);
    } catch (MissingMetadataException missing) {
      // The verifier reports an absent root.json, the first file it fetches, this way: no trust
      // data at all.
      if (RoleName.ROOT.equals(missing.role())) {
        throw new NothingPublishedException(gun.value());
      }
      throw missing;
    }
  }

  /**
   * notary-server answers {@code GET snapshot.key} with the key root names if it holds it, and
   * otherwise makes a new one (facts §2): only the former lets the portal publish without a
   * snapshot key. Asked last, so that only an import that passed every other check can leave such
   * an unused key behind.
   */
  private void requireServerHeldSnapshot(Gun gun, PublishedRoot published) {
    Key serverKey = NotaryFailures.call(gun, () -> bridge.serverKey(gun, RoleName.SNAPSHOT));
    if (!published.namesSnapshotKey(serverKey)) {
      throw new SnapshotKeyNotOnServerException(gun.value());
    }
  }

  private RepositorySummary hold(
      Organisation owner,
      RepositoryName name,
      Gun gun,
      PublishedRoot published,
      OpenedKey root,
      OpenedKey targets) {
    Repository repository = new Repository(owner, name, gun, clock.instant());
    repositories.store(repository);
    custody.store(gun, RoleName.ROOT, root.canonicalId(), root.privateKey());
    custody.store(gun, RoleName.TARGETS, targets.canonicalId(), targets.privateKey());
    audit.record(
        new AuditRecord(
            owner.name().value(),
            caller.username(),
            "repository.imported",
            name.value(),
            Outcome.SUCCEEDED,
            "Repository '"
                + name
                + "' imported from the trust data of "
                + gun
                + " (root version "
                + published.version()
                + "); the portal holds its root key "
                + root.canonicalId().value()
                + " and targets key "
                + targets.canonicalId().value()
                + "."));
    return RepositorySummary.of(repository);
  }

  /** Owners and admins manage repositories. */
  private Organisation organisationToWorkIn(String organisation) {
    return tenancy.organisationToWorkIn(organisation, MemberRole.OWNER, MemberRole.ADMIN);
  }
}
