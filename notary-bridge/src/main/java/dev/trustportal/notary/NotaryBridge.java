package dev.trustportal.notary;

import dev.trustportal.notary.internal.ServerMetadataSource;
import dev.trustportal.notary.internal.VerifiedFiles;
import dev.trustportal.notary.publish.Change;
import dev.trustportal.notary.publish.HeldRootInitialiser;
import dev.trustportal.notary.publish.HeldRootRotation;
import dev.trustportal.notary.publish.PreparedRoot;
import dev.trustportal.notary.publish.PublishResult;
import dev.trustportal.notary.publish.Publisher;
import dev.trustportal.notary.publish.RepositoryInitialiser;
import dev.trustportal.notary.publish.SigningKeys;
import dev.trustportal.notary.server.FeedChange;
import dev.trustportal.notary.server.NotaryServer;
import dev.trustportal.notary.server.ServerConfig;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Signature;
import dev.trustportal.notary.verify.RepositoryVerifier;
import dev.trustportal.notary.verify.TrustedRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one entry point: read and verify a repository's trust data, initialise a repository, publish
 * a batch of changes, delete remote trust data. Thread-safe if the {@link SigningKeys}
 * implementation is.
 */
public final class NotaryBridge {
  private final NotaryServer server;
  private final SigningKeys keys;
  private final Clock clock;
  private final Publisher publisher;
  private final Duration targetsLifetime;
  private final Duration rootLifetime;
  private final VerifiedFiles files = new VerifiedFiles();

  public NotaryBridge(ServerConfig config, SigningKeys keys, Clock clock) {
    this(config, keys, clock, Duration.ofDays(1095));
  }

  /**
   * @param targetsLifetime how long the targets, delegations and snapshot it publishes are valid
   *     (notary's default: 3 years)
   */
  public NotaryBridge(
      ServerConfig config, SigningKeys keys, Clock clock, Duration targetsLifetime) {
    this(config, keys, clock, targetsLifetime, Duration.ofDays(3650));
  }

  /**
   * @param targetsLifetime how long the targets, delegations and snapshot it publishes are valid
   *     (notary's default: 3 years)
   * @param rootLifetime how long the roots it makes and re-signs are valid (notary's default: 10
   *     years), at most as long as their root keys' certificates
   */
  public NotaryBridge(
      ServerConfig config,
      SigningKeys keys,
      Clock clock,
      Duration targetsLifetime,
      Duration rootLifetime) {
    this.rootLifetime = rootLifetime;
    this.server = new NotaryServer(config);
    this.keys = keys;
    this.clock = clock;
    this.targetsLifetime = targetsLifetime;
    this.publisher =
        new Publisher(
            server, this::fetch, this::refresh, keys, clock, targetsLifetime, rootLifetime);
  }

  /**
   * The changes notary-server recorded for every GUN after change {@code afterId} (its changefeed,
   * oldest first, at most {@code records}); {@code afterId} -1 gives only the latest change, to
   * start from. {@code catalogToken} is a bearer token granting {@code registry:catalog:*}.
   */
  public List<FeedChange> changesAfter(long afterId, int records, String catalogToken) {
    return server.changesAfter(afterId, records, catalogToken);
  }

  /**
   * Fetches and verifies everything, trusting the served root on first use (as a fresh notary
   * client does).
   */
  public TrustedRepository fetch(Gun gun) {
    return verify(gun, Optional.empty(), Map.of());
  }

  /** Fetches and verifies against a root file trusted before; newer roots must chain from it. */
  public TrustedRepository fetch(Gun gun, byte[] trustedRoot) {
    return verify(gun, Optional.of(trustedRoot), Map.of());
  }

  /**
   * Fetches and verifies against a root trusted before and the versions seen before: a newer root
   * must chain from the trusted one, and a role older than its floor is refused ({@link
   * dev.trustportal.notary.verify.RollbackException}), as {@link #refresh} does within one session.
   */
  public TrustedRepository fetch(Gun gun, byte[] trustedRoot, Map<RoleName, Integer> floors) {
    return verify(gun, Optional.of(trustedRoot), Map.copyOf(floors));
  }

  /**
   * Fetches again, trusting the previous root and refusing any role older than previously seen
   * (rollback).
   */
  public TrustedRepository refresh(TrustedRepository previous) {
    Map<RoleName, Integer> floors = new java.util.HashMap<>();
    floors.put(RoleName.TIMESTAMP, previous.timestamp().signed().version());
    floors.put(RoleName.SNAPSHOT, previous.snapshot().signed().version());
    floors.put(RoleName.TARGETS, previous.targets().signed().version());
    previous.delegations().forEach((role, md) -> floors.put(role, md.signed().version()));
    return verify(previous.gun(), Optional.of(previous.root().fileBytes().toArray()), floors);
  }

  /**
   * Creates a repository: new root and targets keys (stored through SigningKeys), server-held
   * snapshot.
   */
  public PublishResult initialise(Gun gun) {
    return uploaded(
        publisher.initialise(
            gun,
            new RepositoryInitialiser(server, keys, clock)
                .withTargetsLifetime(targetsLifetime)
                .withRootLifetime(rootLifetime)));
  }

  /**
   * Prepares a repository whose root keys people hold (owner-held custody): root v1 over {@code
   * rootKeys} with {@code threshold}, unsigned, and targets v1 signed with a new targets key kept
   * through SigningKeys.
   */
  public PreparedRoot prepareInitialisation(Gun gun, List<Key> rootKeys, int threshold) {
    return heldRootInitialiser().prepare(gun, rootKeys, threshold);
  }

  /**
   * Uploads a prepared root (its file as {@link PreparedRoot#unsignedRoot()}) with the holders'
   * signatures and its targets; refused before upload unless the root's threshold of signatures
   * verifies.
   */
  public PublishResult publishInitialisation(
      Gun gun, byte[] unsignedRoot, List<Signature> signatures, byte[] targets) {
    return uploaded(
        publisher.initialiseSigned(gun, heldRootInitialiser(), unsignedRoot, signatures, targets));
  }

  /**
   * The next root of a repository whose root keys people hold, unsigned: new root keys and
   * threshold (none: the root role unchanged) and/or a new targets key held by the bridge.
   */
  public Metadata<Root> prepareRootRotation(
      TrustedRepository base, List<Key> rootKeys, int threshold, boolean newTargetsKey) {
    return heldRootRotation().prepare(base, rootKeys, threshold, newTargetsKey);
  }

  /**
   * The next root of a repository whose root keys people hold, unsigned, naming a new snapshot key
   * notary-server made for it; the holders sign it as any root change.
   */
  public Metadata<Root> prepareSnapshotKeyRotation(TrustedRepository base) {
    return heldRootRotation().prepareSnapshotKey(base);
  }

  /**
   * Uploads a prepared root change with the holders' signatures (and targets re-signed when it
   * names a new targets key); refused before upload unless both the old root's and the new root's
   * thresholds of signatures verify, or if the root changed since it was prepared.
   */
  public PublishResult publishRootRotation(
      TrustedRepository current, byte[] oldRoot, byte[] unsignedRoot, List<Signature> signatures) {
    return uploaded(
        publisher.rotateSigned(current, heldRootRotation(), oldRoot, unsignedRoot, signatures));
  }

  /**
   * Applies the changes as one batch and uploads them in one POST; retries once on a version
   * conflict. Starts from the state this bridge last published to the GUN (within a minute) when
   * there is one, and fetches afresh only if the server refuses that upload.
   */
  public PublishResult publish(Gun gun, List<Change> changes) {
    return uploaded(publisher.publish(gun, changes));
  }

  /**
   * Applies the changes to trust data fetched just before (saving a second fetch); on a version
   * conflict it refetches and reapplies once, as {@link #publish(Gun, List)} does.
   */
  public PublishResult publish(TrustedRepository base, List<Change> changes) {
    return uploaded(publisher.publish(base, changes));
  }

  /**
   * Applies the changes to {@code base} and uploads them in one POST, with no refetch and no retry:
   * if someone published since {@code base} was fetched, notary-server refuses the upload ({@link
   * dev.trustportal.notary.server.VersionConflictException}) and the caller, who holds a base that
   * may be a little old, reads afresh and decides again.
   */
  public PublishResult publishOnce(TrustedRepository base, List<Change> changes) {
    return uploaded(publisher.publishOnce(base, changes));
  }

  public PublishResult publish(Gun gun, Change... changes) {
    return publish(gun, List.of(changes));
  }

  /**
   * The trust data of the GUN as this bridge's last publish to it left it, within the last minute:
   * the verified data it published on, with the files it signed and uploaded in their place (the
   * snapshot and timestamp notary-server signed then are not in it). Empty if it published nothing
   * there lately, or published on data with rejected delegations. Only a starting point: whatever
   * anyone else published since, notary-server refuses an upload whose versions do not grow.
   */
  public Optional<TrustedRepository> lastPublished(Gun gun) {
    return publisher.lastPublished(gun);
  }

  /** Deletes all remote trust data of the GUN. */
  public void delete(Gun gun) {
    publisher.forget(gun);
    files.forget(gun);
    server.delete(gun);
  }

  /** The server's public key for timestamp or snapshot. */
  public Key serverKey(Gun gun, RoleName role) {
    return server.serverKey(gun, role);
  }

  /**
   * With a root trusted before, files listed by hash come from {@link VerifiedFiles} when this
   * bridge verified or uploaded them (and are verified again all the same); a fetch trusting on
   * first use downloads everything, as a fresh client does.
   */
  private TrustedRepository verify(
      Gun gun, Optional<byte[]> trustedRoot, Map<RoleName, Integer> floors) {
    if (trustedRoot.isEmpty()) {
      return new RepositoryVerifier(clock)
          .verify(gun, new ServerMetadataSource(server, gun), trustedRoot, floors);
    }
    TrustedRepository trust =
        new RepositoryVerifier(clock)
            .verify(
                gun,
                new ServerMetadataSource(server, gun, Optional.of(files)),
                trustedRoot,
                floors);
    files.verified(trust);
    return trust;
  }

  private HeldRootInitialiser heldRootInitialiser() {
    return new HeldRootInitialiser(server, keys, clock).withRootLifetime(rootLifetime);
  }

  private HeldRootRotation heldRootRotation() {
    return new HeldRootRotation(server, keys, clock).withRootLifetime(rootLifetime);
  }

  private PublishResult uploaded(PublishResult result) {
    files.uploaded(result.gun(), result.uploaded());
    return result;
  }
}
