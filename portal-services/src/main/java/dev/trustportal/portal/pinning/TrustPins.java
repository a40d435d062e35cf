package dev.trustportal.portal.pinning;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.json.MetadataCodec;
import dev.trustportal.notary.publish.Change;
import dev.trustportal.notary.publish.PublishResult;
import dev.trustportal.notary.tuf.Bytes;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Targets;
import dev.trustportal.notary.tuf.TrustDataException;
import dev.trustportal.notary.verify.TrustedRepository;
import dev.trustportal.portal.custody.HeldKeys;
import dev.trustportal.portal.publishing.NotaryFailures;
import dev.trustportal.portal.publishing.TrustDataInvalidException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a repository's trust data only as it verifies against what the portal pinned (the bridge's
 * {@code fetch(gun, trustedRoot, floors)}: a newer root must chain from the pinned one, no role may
 * be older than its floor), plus {@link PinCheck}; and keeps the pins up to date with what the
 * portal publishes and sees. Runs in the caller's transaction; a CDI bean, not an EJB, so that its
 * refusals do not mark the caller's transaction for rollback (the publisher records the wait in
 * it).
 *
 * <p>A repository with no pin yet (made before pins existed) is pinned on its first read, once, as
 * a fresh notary client would trust it; from then on it is held to that.
 */
@ApplicationScoped
public class TrustPins {

  private final NotaryBridge bridge;
  private final Pins pins;
  private final Divergences divergences;
  private final HeldKeys heldKeys;
  private final PinnedKeys pinnedKeys;
  private final RecentReads recent;

  @Inject
  TrustPins(
      NotaryBridge bridge,
      Pins pins,
      Divergences divergences,
      HeldKeys heldKeys,
      PinnedKeys pinnedKeys,
      Clock clock) {
    this.bridge = bridge;
    this.pins = pins;
    this.divergences = divergences;
    this.heldKeys = heldKeys;
    this.pinnedKeys = pinnedKeys;
    this.recent = new RecentReads(clock == null ? Clock.systemUTC() : clock);
  }

  /** For the CDI client proxy only. */
  protected TrustPins() {
    this(null, null, null, null, null, null);
  }

  /**
   * Whether the root of the trust data names a root key the portal holds: it made or imported that
   * root.
   */
  public boolean holdsRootKeyOf(TrustedRepository trust) {
    return trust.root().signed().keysOf(RoleName.ROOT).values().stream()
        .anyMatch(key -> !heldKeys.findByKeyId(KeyIds.canonical(key)).isEmpty());
  }

  /**
   * The verified trust data of a repository the portal may sign for.
   *
   * @throws RepositoryDivergedException if it diverged now or before (until support resolves it)
   * @throws TrustDataInvalidException if the data does not verify for another reason
   * @throws dev.trustportal.portal.publishing.NotaryUnavailableException if notary-server fails
   */
  public TrustedRepository read(Gun gun) {
    return readVerified(gun).trust();
  }

  private Verified readVerified(Gun gun) {
    Optional<String> known = divergences.finding(gun);
    if (known.isPresent()) {
      throw new RepositoryDivergedException(gun.value(), known.get());
    }
    Verified verified = verify(gun);
    if (verified.finding().isPresent()) {
      divergences.record(gun, verified.finding().get());
      throw new RepositoryDivergedException(gun.value(), verified.finding().get());
    }
    return verified;
  }

  /**
   * As {@link #read}, for a change being filed: what it verified is remembered for {@link
   * #recentRead}, so that publishing the change moments later need not read notary-server again.
   * Within a minute of a read or publish of the portal's own whose pin is still unchanged (the
   * portal has seen nothing newer since: see {@link RecentReads}), the trust data that read
   * verified or that publish left is taken instead of reading notary-server: a change is checked
   * against the delegations in {@code targets}, which only the portal signs. Whatever anyone
   * published meanwhile, the change is checked again when it is published.
   */
  public TrustedRepository readToChange(Gun gun) {
    if (divergences.finding(gun).isEmpty()) {
      Optional<TrustedRepository> recently = pins.find(gun.value()).flatMap(recent::peek);
      if (recently.isPresent()) {
        return recently.get();
      }
    }
    Verified verified = readVerified(gun);
    verified.pinLeft().ifPresent(left -> recent.remember(left, verified.trust()));
    return verified.trust();
  }

  /**
   * What {@link #readToChange} verified of the repository, or what the portal's last publish there
   * left, within the last minute, once, if the portal has published or seen nothing newer since
   * (the pin's root and floors are as that read or publish left them) and the repository has not
   * diverged. The caller uploads on top of it; if anyone else published meanwhile notary-server
   * refuses the upload (versions must grow), and the caller must then {@link #read} afresh.
   *
   * @param readOnly only trust data read from notary-server: for a caller who judges the tags in it
   *     (which signers push without the portal), not only the delegations the portal signs
   */
  public Optional<TrustedRepository> recentRead(Gun gun, boolean readOnly) {
    if (divergences.finding(gun).isPresent()) {
      recent.forget(gun.value());
      return Optional.empty();
    }
    return pins.find(gun.value()).flatMap(pin -> recent.take(pin, readOnly));
  }

  /**
   * The trust data as it verifies against the pin, for support steps, which run on diverged
   * repositories too: a divergence still present is refused as invalid trust data (a reset needs no
   * readable data).
   */
  public TrustedRepository readForSupport(Gun gun) {
    Verified verified = verify(gun);
    if (verified.finding().isPresent()) {
      throw new TrustDataInvalidException(
          gun.value(), "it diverged from what the portal pinned: " + verified.finding().get());
    }
    return verified.trust();
  }

  /**
   * After the portal published: its own root and targets become the pinned ones, its versions the
   * floors.
   */
  public void published(Gun gun, PublishResult result) {
    recent.forget(gun.value());
    result.file(RoleName.ROOT).ifPresent(root -> pins.pinRoot(gun.value(), root, false));
    result
        .file(RoleName.TARGETS)
        .ifPresent(targets -> pins.addTargetsKeys(gun.value(), keysOf(targets)));
    Map<RoleName, Integer> floors = new HashMap<>(result.versions());
    floors.remove(RoleName.ROOT);
    pins.raiseFloors(gun.value(), floors);
    // The next change of the repository starts from what this publish left, while the pin is as
    // it leaves it: if the transaction rolls back, the pin is older and this is not used.
    bridge
        .lastPublished(gun)
        .filter(state -> leftBy(state, result))
        .ifPresent(
            state -> pins.find(gun.value()).ifPresent(pin -> recent.rememberPublished(pin, state)));
  }

  /** Whether the bridge's last state of the GUN is the one this publish uploaded. */
  private static boolean leftBy(TrustedRepository state, PublishResult result) {
    return result.versions().entrySet().stream()
        .allMatch(
            uploaded -> {
              Metadata<?> file = fileOf(state, uploaded.getKey());
              return file != null && file.signed().version() == uploaded.getValue();
            });
  }

  private static Metadata<?> fileOf(TrustedRepository state, RoleName role) {
    if (role.equals(RoleName.ROOT)) {
      return state.root();
    }
    if (role.equals(RoleName.SNAPSHOT)) {
      return state.snapshot();
    }
    if (role.equals(RoleName.TARGETS)) {
      return state.targets();
    }
    return state.delegations().get(role);
  }

  /**
   * After the portal initialised the repository (first time or in a reset): a fresh pin of its own
   * root.
   */
  public void initialised(Gun gun, PublishResult result) {
    recent.forget(gun.value());
    Bytes root =
        result
            .file(RoleName.ROOT)
            .orElseThrow(
                () ->
                    new IllegalStateException("an initialisation of " + gun + " uploaded no root"));
    pins.pinRoot(gun.value(), root, true);
    result
        .file(RoleName.TARGETS)
        .ifPresent(targets -> pins.addTargetsKeys(gun.value(), keysOf(targets)));
  }

  /** Pins trust data the portal takes over as it is (an import, or a root found to be its own). */
  public void adopted(TrustedRepository trust) {
    String gun = trust.gun().value();
    pins.pinRoot(gun, trust.root().fileBytes(), true);
    pins.addTargetsKeys(gun, PinCheck.delegationKeyIds(trust.targets().signed()));
    pins.raiseFloors(gun, PinCheck.versions(trust));
  }

  /**
   * Allows the delegation keys a change will put into targets, in the caller's transaction: the one
   * that queues the change for publishing, committed before any upload, so that {@link #expect}
   * finds them allowed already and needs no transaction of its own. A change that never publishes
   * leaves an allowed key that never arrives, which does no harm (see {@link PinnedKeys}).
   */
  public void allow(Gun gun, List<Key> keys) {
    if (!keys.isEmpty()) {
      Set<String> ids = new TreeSet<>();
      keys.forEach(key -> ids.add(KeyIds.of(key).value()));
      pins.addTargetsKeys(gun.value(), ids);
    }
  }

  /**
   * Before uploading changes on top of {@code base}: the delegation keys they put into targets,
   * which {@code base} does not list yet, are allowed from now on (committed at once by {@link
   * PinnedKeys} unless the pin allows them already, as after {@link #allow}), so that an upload
   * whose outcome a crash lost is not taken for someone else's change.
   */
  public void expect(TrustedRepository base, List<Change> changes) {
    recent.forget(base.gun().value());
    Set<String> listed = PinCheck.delegationKeyIds(base.targets().signed());
    Set<String> added = new TreeSet<>();
    for (Change change : changes) {
      List<Key> keys = List.of();
      if (change instanceof Change.AddDelegation add) {
        keys = add.keys();
      } else if (change instanceof Change.AddDelegationKeys add) {
        keys = add.keys();
      }
      keys.stream()
          .map(key -> KeyIds.of(key).value())
          .filter(id -> !listed.contains(id))
          .forEach(added::add);
    }
    if (!added.isEmpty()
        && !pins.find(base.gun().value())
            .map(pin -> pin.targetsKeyIds().containsAll(added))
            .orElse(false)) {
      pinnedKeys.expect(base.gun(), added);
    }
  }

  private Verified verify(Gun gun) {
    Optional<Pin> pin = pins.find(gun.value());
    if (pin.isEmpty()) {
      // Made before pins existed: pinned once, and only if its root is one the portal holds a key
      // of.
      TrustedRepository first = NotaryFailures.call(gun, () -> bridge.fetch(gun));
      if (!holdsRootKeyOf(first)) {
        return new Verified(
            null,
            Optional.of(
                "its root version "
                    + first.root().signed().version()
                    + " names no root key the portal holds ("
                    + first.root().signed().role(RoleName.ROOT).keyIds().stream()
                        .map(dev.trustportal.notary.tuf.KeyId::value)
                        .toList()
                    + "); the portal did not make it."),
            Optional.empty());
      }
      adopted(first);
      return new Verified(first, Optional.empty(), Optional.empty());
    }
    TrustedRepository trust;
    try {
      trust = NotaryFailures.call(gun, () -> fetchPinned(gun, pin.get()));
    } catch (Refused refused) {
      return new Verified(null, Optional.of(PinCheck.finding(refused.refusal)), Optional.empty());
    }
    Optional<String> finding = PinCheck.check(pin.get(), trust);
    if (finding.isPresent()) {
      return new Verified(trust, finding, Optional.empty());
    }
    return new Verified(trust, finding, Optional.of(remember(pin.get(), trust)));
  }

  /** Lets a refusal that means divergence pass NotaryFailures untranslated. */
  private TrustedRepository fetchPinned(Gun gun, Pin pin) {
    try {
      return bridge.fetch(gun, pin.root().toArray(), pin.floors());
    } catch (TrustDataException refusal) {
      if (PinCheck.divergesFromPin(refusal)) {
        throw new Refused(refusal);
      }
      throw refusal;
    }
  }

  /** Raises the pin to what the read verified; returns the pin as it leaves it. */
  private Pin remember(Pin pin, TrustedRepository trust) {
    Bytes root = pin.root();
    if (trust.root().signed().version()
        > MetadataCodec.parse(
                RoleName.ROOT, pin.root().toArray(), dev.trustportal.notary.tuf.Root.class)
            .signed()
            .version()) {
      // A newer root that chains from the pin and lists only keys the portal put there.
      root = trust.root().fileBytes();
      pins.pinRoot(pin.gun(), root, false);
    }
    Map<RoleName, Integer> raised = PinCheck.raised(pin.floors(), PinCheck.versions(trust));
    if (!raised.isEmpty()) {
      pins.raiseFloors(pin.gun(), raised);
    }
    Map<RoleName, Integer> floors = new HashMap<>(pin.floors());
    floors.putAll(raised);
    return new Pin(pin.gun(), root, pin.targetsKeyIds(), floors);
  }

  private static Set<String> keysOf(Bytes targets) {
    return PinCheck.delegationKeyIds(
        MetadataCodec.parse(RoleName.TARGETS, targets.toArray(), Targets.class).signed());
  }

  /** What a read verified, what it found wrong, and the pin as it left it (if it moved it). */
  private record Verified(
      TrustedRepository trust, Optional<String> finding, Optional<Pin> pinLeft) {}

  /** Carries a divergence out of the NotaryFailures call; never leaves this class. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient TrustDataException refusal;

    Refused(TrustDataException refusal) {
      super(refusal.getMessage(), null, false, false);
      this.refusal = refusal;
    }
  }
}
