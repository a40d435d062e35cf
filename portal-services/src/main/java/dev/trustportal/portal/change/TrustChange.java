package dev.trustportal.portal.change;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.publish.Change;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.portal.signer.SignerName;
import java.util.List;
import java.util.Objects;

/**
 * A typed change of a repository's trust, as a person requests it. Each knows its {@link
 * ChangeType}, a summary in plain words, whether its effect is already in the live trust data
 * ({@link #isIn(CurrentTrust)}, which makes publishing idempotent), the checks it must pass against
 * the live data ({@link #check(CurrentTrust)}, at filing and again before publishing) and the
 * bridge changes that carry it out ({@link #toBridge(CurrentTrust)}). Signers follow docker trust's
 * model (facts §11): a signer's keys are in {@code targets/releases} and in {@code
 * targets/<signer>}.
 */
public sealed interface TrustChange {

  ChangeType type();

  /** What the change does, in plain words, for lists, approvals and the audit log. */
  String summary();

  /**
   * Refuses a change that cannot apply to the trust data as it is now.
   *
   * @throws dev.trustportal.portal.common.PortalException saying why (not found, conflict, bad
   *     threshold)
   */
  void check(CurrentTrust now);

  /**
   * Whether the trust data already shows the change's effect, so that publishing it adds nothing.
   */
  boolean isIn(CurrentTrust now);

  /** The bridge changes that carry the change out on trust data that passed {@link #check}. */
  List<Change> toBridge(CurrentTrust now);

  /** The keys the change may put into {@code targets}'s delegations; none for most changes. */
  default List<Key> keysAdded() {
    return List.of();
  }

  /**
   * Adds a signer with its keys: into {@code targets/releases} (created if missing) and a new
   * {@code targets/<name>}.
   */
  record AddSigner(SignerName name, List<Key> keys) implements TrustChange {
    public AddSigner {
      Objects.requireNonNull(name);
      keys = List.copyOf(keys);
      if (keys.isEmpty()) {
        throw new IllegalArgumentException("a signer needs at least one key");
      }
    }

    @Override
    public ChangeType type() {
      return ChangeType.ADD_SIGNER;
    }

    @Override
    public String summary() {
      return "Add signer "
          + name
          + " with "
          + Describe.keys(keys)
          + " to "
          + RoleName.RELEASES
          + " and "
          + name.role();
    }

    @Override
    public void check(CurrentTrust now) {
      TrustRules.addSigner(this, now);
    }

    @Override
    public boolean isIn(CurrentTrust now) {
      return TrustRules.hasSigner(this, now);
    }

    @Override
    public List<Change> toBridge(CurrentTrust now) {
      return TrustRules.addSignerChanges(this, now);
    }

    @Override
    public List<Key> keysAdded() {
      return keys;
    }
  }

  /**
   * Removes a signer: its role {@code targets/<name>}, and its keys from {@code targets/releases}.
   */
  record RemoveSigner(SignerName name) implements TrustChange {
    public RemoveSigner {
      Objects.requireNonNull(name);
    }

    @Override
    public ChangeType type() {
      return ChangeType.REMOVE_SIGNER;
    }

    @Override
    public String summary() {
      return "Remove signer "
          + name
          + ": delete "
          + name.role()
          + " and take its keys out of "
          + RoleName.RELEASES;
    }

    @Override
    public void check(CurrentTrust now) {
      TrustRules.removeSigner(this, now);
    }

    @Override
    public boolean isIn(CurrentTrust now) {
      return now.role(name.role()).isEmpty();
    }

    @Override
    public List<Change> toBridge(CurrentTrust now) {
      return TrustRules.removeSignerChanges(this, now);
    }
  }

  /**
   * Adds a key to an existing signer, in {@code targets/<signer>} and in {@code targets/releases}.
   */
  record AddSignerKey(SignerName signer, Key key) implements TrustChange {
    public AddSignerKey {
      Objects.requireNonNull(signer);
      Objects.requireNonNull(key);
    }

    @Override
    public ChangeType type() {
      return ChangeType.ADD_SIGNER_KEY;
    }

    @Override
    public String summary() {
      return "Add "
          + Describe.key(key)
          + " to signer "
          + signer
          + " ("
          + signer.role()
          + " and "
          + RoleName.RELEASES
          + ")";
    }

    @Override
    public void check(CurrentTrust now) {
      TrustRules.addSignerKey(this, now);
    }

    @Override
    public boolean isIn(CurrentTrust now) {
      KeyId id = KeyIds.of(key);
      return now.keyIdsOf(signer.role()).contains(id)
          && now.keyIdsOf(RoleName.RELEASES).contains(id);
    }

    @Override
    public List<Change> toBridge(CurrentTrust now) {
      return TrustRules.addSignerKeyChanges(this, now);
    }

    @Override
    public List<Key> keysAdded() {
      return List.of(key);
    }
  }

  /**
   * Removes one key of a signer from {@code targets/<signer>} and from {@code targets/releases}.
   * The key ID may be the one in the role or the canonical one (as notary's CLI prints it).
   */
  record RemoveSignerKey(SignerName signer, KeyId keyId) implements TrustChange {
    public RemoveSignerKey {
      Objects.requireNonNull(signer);
      Objects.requireNonNull(keyId);
    }

    @Override
    public ChangeType type() {
      return ChangeType.REMOVE_SIGNER_KEY;
    }

    @Override
    public String summary() {
      return "Remove key "
          + keyId.shortForm()
          + " from signer "
          + signer
          + " ("
          + signer.role()
          + " and "
          + RoleName.RELEASES
          + ")";
    }

    @Override
    public void check(CurrentTrust now) {
      TrustRules.removeSignerKey(this, now);
    }

    @Override
    public boolean isIn(CurrentTrust now) {
      return now.resolve(signer.role(), keyId).isEmpty();
    }

    @Override
    public List<Change> toBridge(CurrentTrust now) {
      return TrustRules.removeSignerKeyChanges(this, now);
    }
  }

  /**
   * Initialises a new repository's trust data: root and targets keys generated and held sealed by
   * the portal, snapshot and timestamp the server's. It cannot apply to data that exists: its
   * effect is there as soon as the repository has any trust data, which makes publishing it
   * idempotent.
   */
  record InitialiseRepository() implements TrustChange {
    @Override
    public ChangeType type() {
      return ChangeType.INITIALISE_REPOSITORY;
    }

    @Override
    public String summary() {
      return "Initialise the repository's trust data: generate its root and targets keys, held by"
          + " the portal, and publish its first root, targets, snapshot and timestamp";
    }

    @Override
    public void check(CurrentTrust now) {
      // Nothing to refuse: existing trust data already holds the effect (see isIn).
    }

    @Override
    public boolean isIn(CurrentTrust now) {
      return true;
    }

    @Override
    public List<Change> toBridge(CurrentTrust now) {
      return List.of();
    }
  }

  /** Sets how many of a role's keys must sign: {@code targets/releases} or a signer's role. */
  record SetThreshold(RoleName role, int threshold) implements TrustChange {
    public SetThreshold {
      Objects.requireNonNull(role);
    }

    @Override
    public ChangeType type() {
      return ChangeType.SET_THRESHOLD;
    }

    @Override
    public String summary() {
      return "Set the threshold of " + role + " to " + threshold;
    }

    @Override
    public void check(CurrentTrust now) {
      TrustRules.setThreshold(this, now);
    }

    @Override
    public boolean isIn(CurrentTrust now) {
      return now.role(role).map(r -> r.threshold() == threshold).orElse(false);
    }

    @Override
    public List<Change> toBridge(CurrentTrust now) {
      return List.of(new Change.SetThreshold(role, threshold));
    }
  }

  /**
   * Re-signs {@code targets} (and the snapshot with it when the portal holds that key), or {@code
   * root} where the portal holds the root key (SERVER custody), unchanged with a new version and
   * expiry before it expires: filed by the watcher, needing no approval, as it changes nothing
   * anybody approved. {@code expires} is the expiry it saw, so that each expiry is re-signed once
   * (the digest differs).
   */
  record Resign(RoleName role, java.time.Instant expires) implements TrustChange {
    public Resign {
      Objects.requireNonNull(expires);
      if (!RoleName.TARGETS.equals(role) && !RoleName.ROOT.equals(role)) {
        throw new IllegalArgumentException(
            "the portal re-signs targets and root only, not " + role);
      }
    }

    @Override
    public ChangeType type() {
      return ChangeType.RESIGN;
    }

    @Override
    public String summary() {
      return "Re-sign " + role + " before it expires (at " + expires + ")";
    }

    @Override
    public void check(CurrentTrust now) {
      // Nothing to refuse: the roles stay as they are; the publisher reads them against the pins.
    }

    /** Never: a second re-signing after a lost outcome only moves the expiry a little further. */
    @Override
    public boolean isIn(CurrentTrust now) {
      return false;
    }

    @Override
    public List<Change> toBridge(CurrentTrust now) {
      return List.of(
          RoleName.ROOT.equals(role) ? new Change.ResignRoot() : new Change.ResignTargets());
    }
  }
}
