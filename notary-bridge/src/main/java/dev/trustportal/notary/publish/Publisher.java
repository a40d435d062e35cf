package dev.trustportal.notary.publish;

import dev.trustportal.notary.crypto.FileMetas;
import dev.trustportal.notary.server.NotaryServer;
import dev.trustportal.notary.server.ServerUnreachableException;
import dev.trustportal.notary.server.VersionConflictException;
import dev.trustportal.notary.tuf.Bytes;
import dev.trustportal.notary.tuf.DelegatedRole;
import dev.trustportal.notary.tuf.FileMeta;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.Role;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Snapshot;
import dev.trustportal.notary.tuf.Targets;
import dev.trustportal.notary.verify.SignatureCheck;
import dev.trustportal.notary.verify.TrustedRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Applies a batch of changes to freshly fetched and verified trust data, signs every changed role
 * and uploads them in one POST. A snapshot is made only when its key is held; otherwise the server
 * signs it (facts §3). On a version conflict (someone published meanwhile) it refetches and
 * reapplies the batch once.
 *
 * <p>{@link #publish(Gun, List)} starts from the state this publisher left the GUN in, when it
 * published it in the last minute ({@link RecentlyPublished}), and fetches only if that upload is
 * refused: one round trip per publish instead of five. notary-server's own checks (versions must
 * grow, signatures must match the keys it holds) are what detect that someone else published
 * meanwhile.
 */
public final class Publisher {
  private final NotaryServer server;
  private final Function<Gun, TrustedRepository> fetch;
  private final UnaryOperator<TrustedRepository> refresh;
  private final SigningKeys keys;
  private final RoleSigner signer;
  private final Clock clock;
  private final RecentlyPublished recent;
  private final Duration targetsLifetime;
  private final Duration rootLifetime;

  public Publisher(
      NotaryServer server, Function<Gun, TrustedRepository> fetch, SigningKeys keys, Clock clock) {
    this(server, fetch, base -> fetch.apply(base.gun()), keys, clock);
  }

  /**
   * @param refresh fetches again after a version conflict, trusting what the base was verified
   *     against (its root, its versions as floors), so that a retry never signs on less than the
   *     first attempt did
   */
  public Publisher(
      NotaryServer server,
      Function<Gun, TrustedRepository> fetch,
      UnaryOperator<TrustedRepository> refresh,
      SigningKeys keys,
      Clock clock) {
    this(server, fetch, refresh, keys, clock, Expiries.TARGETS);
  }

  /**
   * @param targetsLifetime how long the targets, delegations and snapshot it signs are valid
   *     (notary's default: 3 years)
   */
  public Publisher(
      NotaryServer server,
      Function<Gun, TrustedRepository> fetch,
      UnaryOperator<TrustedRepository> refresh,
      SigningKeys keys,
      Clock clock,
      Duration targetsLifetime) {
    this(server, fetch, refresh, keys, clock, targetsLifetime, Expiries.ROOT);
  }

  /**
   * @param targetsLifetime how long the targets, delegations and snapshot it signs are valid
   * @param rootLifetime how long a root it signs is valid (notary's default: 10 years), at most as
   *     long as the root keys' certificates
   */
  public Publisher(
      NotaryServer server,
      Function<Gun, TrustedRepository> fetch,
      UnaryOperator<TrustedRepository> refresh,
      SigningKeys keys,
      Clock clock,
      Duration targetsLifetime,
      Duration rootLifetime) {
    this.targetsLifetime = targetsLifetime;
    this.rootLifetime = rootLifetime;
    this.server = server;
    this.fetch = fetch;
    this.refresh = refresh;
    this.keys = keys;
    this.signer = new RoleSigner(keys);
    this.clock = clock;
    this.recent = new RecentlyPublished(clock);
  }

  public PublishResult publish(Gun gun, List<Change> changes) {
    Optional<TrustedRepository> known = recent.get(gun);
    if (known.isPresent()) {
      try {
        return attempt(known.get(), changes, 1);
      } catch (ServerUnreachableException e) {
        throw e;
      } catch (RuntimeException stale) {
        // Refused by the server or by a rule checked on data that may be stale: judge again on
        // fresh data.
        recent.forget(gun);
        PublishResult fresh = publish(fetch.apply(gun), changes);
        return new PublishResult(gun, fresh.versions(), fresh.attempts() + 1, fresh.uploaded());
      }
    }
    return publish(fetch.apply(gun), changes);
  }

  /**
   * Creates the repository and remembers the root and targets it uploaded, so that a first publish
   * right after needs no fetch (the server-held snapshot and timestamp are not needed to publish).
   */
  public PublishResult initialise(Gun gun, RepositoryInitialiser initialiser) {
    recent.forget(gun);
    Map<RoleName, Metadata<?>> files = initialiser.upload(gun);
    recent.created(gun, files);
    return PublishResult.ofInitialisation(gun, files);
  }

  /**
   * Uploads a root whose holders signed it elsewhere, with its targets (see {@link
   * HeldRootInitialiser}).
   */
  public PublishResult initialiseSigned(
      Gun gun,
      HeldRootInitialiser initialiser,
      byte[] unsignedRoot,
      List<dev.trustportal.notary.tuf.Signature> signatures,
      byte[] targets) {
    recent.forget(gun);
    Map<RoleName, Metadata<?>> files = initialiser.upload(gun, unsignedRoot, signatures, targets);
    recent.created(gun, files);
    return PublishResult.ofInitialisation(gun, files);
  }

  /**
   * Uploads a root change whose holders signed it elsewhere (see {@link HeldRootRotation}); what
   * this publisher remembered of the GUN is forgotten, so the next publish fetches the new root.
   */
  public PublishResult rotateSigned(
      TrustedRepository current,
      HeldRootRotation rotation,
      byte[] oldRoot,
      byte[] unsignedRoot,
      List<dev.trustportal.notary.tuf.Signature> signatures) {
    recent.forget(current.gun());
    Map<RoleName, Metadata<?>> files = rotation.upload(current, oldRoot, unsignedRoot, signatures);
    return PublishResult.ofInitialisation(current.gun(), files);
  }

  /** The state this publisher left the GUN in, if it published there in the last minute. */
  public Optional<TrustedRepository> lastPublished(Gun gun) {
    return recent.get(gun);
  }

  /** Forgets what this publisher last published to the GUN (it was deleted or created anew). */
  public void forget(Gun gun) {
    recent.forget(gun);
  }

  /**
   * Applies the changes to trust data the caller fetched and verified just before; refetches only
   * on a conflict.
   */
  public PublishResult publish(TrustedRepository base, List<Change> changes) {
    try {
      return attempt(base, changes, 1);
    } catch (VersionConflictException first) {
      return attempt(refresh.apply(base), changes, 2);
    }
  }

  /**
   * Applies the changes to {@code base} and uploads them once, with no retry: for a caller whose
   * base may be a little old and who, if notary-server refuses the upload ({@link
   * VersionConflictException}: someone published meanwhile), reads afresh and judges the change
   * again itself.
   */
  public PublishResult publishOnce(TrustedRepository base, List<Change> changes) {
    return attempt(base, changes, 1);
  }

  private PublishResult attempt(TrustedRepository base, List<Change> changes, int attempt) {
    Gun gun = base.gun();
    Instant now = clock.instant();
    ChangeContext ctx = new ChangeContext(keys, role -> server.rotateServerKey(gun, role), now);
    StagedRepository staged = new StagedRepository(base, ctx).apply(changes);
    Map<RoleName, Metadata<?>> files = sign(staged, now);
    Map<RoleName, byte[]> upload = new LinkedHashMap<>();
    Map<RoleName, Integer> versions = new TreeMap<>();
    Map<RoleName, Bytes> uploaded = new LinkedHashMap<>();
    files.forEach(
        (role, md) -> {
          upload.put(role, md.fileBytes().toArray());
          uploaded.put(role, md.fileBytes());
          versions.put(role, md.signed().version());
        });
    if (!upload.isEmpty()) {
      recent.forget(gun);
      server.publish(gun, upload);
      recent.published(base, files);
    }
    return new PublishResult(gun, versions, attempt, uploaded);
  }

  private Map<RoleName, Metadata<?>> sign(StagedRepository staged, Instant now) {
    Map<RoleName, Metadata<?>> files = new LinkedHashMap<>();
    Root root = staged.root();
    if (staged.rootChanged()) {
      root = root.next(Expiries.root(now, rootLifetime, root));
      files.put(RoleName.ROOT, signRoot(staged.base().root().signed(), root));
    }
    for (RoleName role : staged.changedRoles()) {
      Targets t = staged.targets(role);
      Targets next =
          new Targets(
              staged.nextVersion(role), now.plus(targetsLifetime), t.targets(), t.delegations());
      files.put(role, signTargets(role, next, root, staged));
    }
    if (!files.isEmpty() && signer.holdsAny(root.keysOf(RoleName.SNAPSHOT))) {
      files.put(RoleName.SNAPSHOT, signSnapshot(staged.base(), root, files, now));
    }
    return files;
  }

  /**
   * A new root must meet the thresholds of the old root and of itself (facts §3), so both key sets
   * sign.
   */
  private Metadata<Root> signRoot(Root old, Root next) {
    Map<KeyId, Key> signers = new TreeMap<>(old.keysOf(RoleName.ROOT));
    signers.putAll(next.keysOf(RoleName.ROOT));
    Role role = next.role(RoleName.ROOT);
    Metadata<Root> md = signer.sign(RoleName.ROOT, next, signers, role.keyIds(), role.threshold());
    Role oldRole = old.role(RoleName.ROOT);
    SignatureCheck.check(RoleName.ROOT, oldRole.keyIds(), oldRole.threshold(), signers, md)
        .requireVerified();
    return md;
  }

  private Metadata<Targets> signTargets(
      RoleName role, Targets next, Root root, StagedRepository staged) {
    if (role.equals(RoleName.TARGETS)) {
      Role r = root.role(RoleName.TARGETS);
      return signer.sign(role, next, root.keysOf(RoleName.TARGETS), r.keyIds(), r.threshold());
    }
    DelegatedRole d = staged.delegation(role);
    Map<KeyId, Key> parentKeys = staged.targets(role.parent()).delegations().keys();
    Map<KeyId, Key> roleKeys = new HashMap<>();
    d.keyIds().forEach(id -> roleKeys.put(id, parentKeys.get(id)));
    return signer.sign(role, next, roleKeys, d.keyIds(), d.threshold());
  }

  // Client-held snapshot: lengths and hashes over the exact file bytes of every role file (facts
  // §4, §13).
  private Metadata<Snapshot> signSnapshot(
      TrustedRepository base, Root root, Map<RoleName, Metadata<?>> files, Instant now) {
    if (base.snapshot() == null) {
      // Only a state remembered from initialise lacks it; the caller then fetches and tries again.
      throw new IllegalStateException("no snapshot known for " + base.gun());
    }
    Map<RoleName, FileMeta> meta = new TreeMap<>(base.snapshot().signed().meta());
    files.forEach((role, md) -> meta.put(role, fileMeta(md.fileBytes())));
    Snapshot next =
        new Snapshot(base.snapshot().signed().version() + 1, now.plus(targetsLifetime), meta);
    Role r = root.role(RoleName.SNAPSHOT);
    return signer.sign(
        RoleName.SNAPSHOT, next, root.keysOf(RoleName.SNAPSHOT), r.keyIds(), r.threshold());
  }

  private static FileMeta fileMeta(Bytes file) {
    return FileMetas.of(file.toArray());
  }
}
