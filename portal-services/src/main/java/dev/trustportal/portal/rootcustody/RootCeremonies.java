package dev.trustportal.portal.rootcustody;

import dev.trustportal.notary.tuf.Signature;
import dev.trustportal.portal.organisation.Organisation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The gateway of custodians' root keys and root ceremonies; the caller's transaction. Never returns
 * null.
 */
public interface RootCeremonies {

  void storeRootKey(String gun, StoredRootKey key, Instant at);

  /** The current root key of the GUN wrapped for this custodian key, if it holds one. */
  Optional<StoredRootKey> rootKey(String gun, long securityKeyId);

  /** The current root keys of the GUN (those its root names), oldest first. */
  List<StoredRootKey> rootKeys(String gun);

  /** The GUNs of the organisation's repositories whose current root keys custodians hold. */
  List<String> gunsWithRootKeys(Organisation organisation);

  /**
   * The GUNs of the organisation's repositories whose root custodians do not hold (the portal's).
   */
  List<String> gunsWithoutRootKeys(Organisation organisation);

  /** The current root keys of the GUN with the username and name of the security key of each. */
  List<RepositoryCustody.RootKeyHolder> rootKeyHolders(String gun);

  /** A root key made for a rotation ceremony: it becomes current when the ceremony publishes. */
  void storePendingRootKey(String gun, long ceremonyId, StoredRootKey key, Instant at);

  /** The root key made for the ceremony and wrapped for this custodian key, if any. */
  Optional<StoredRootKey> pendingRootKey(long ceremonyId, long securityKeyId);

  /**
   * After the ceremony published a new root: its pending keys become the GUN's current ones, and
   * the keys they replace are retired (nothing when the ceremony made no root keys).
   */
  void promoteRootKeys(long ceremonyId, String gun);

  /** Deletes the root keys made for a ceremony that will never publish. */
  void dropPendingRootKeys(long ceremonyId);

  /** Retires the GUN's current custodians' root keys: its root is the portal's again. */
  void retireRootKeys(String gun);

  /**
   * Opens a ceremony that changes the root of an existing repository ({@code oldRootFile}, which
   * its signatures count against as well).
   */
  long openRootChange(
      Organisation organisation,
      String gun,
      CeremonyOperation operation,
      String digest,
      byte[] rootFile,
      byte[] oldRootFile,
      int threshold,
      int custodians,
      Instant at,
      Instant expires);

  /** The ceremony of the GUN that is open or signed and not yet published, if any. */
  Optional<Long> openCeremonyOf(String gun);

  /**
   * Open ceremonies whose period ended before {@code now}, locked (skipping rows another instance
   * holds).
   */
  List<Long> overdue(Instant now);

  /** Takes the transaction-scoped lock of the expiry job; false when another instance holds it. */
  boolean lockExpiryJob();

  long open(
      Organisation organisation,
      String gun,
      String digest,
      byte[] rootFile,
      byte[] targetsFile,
      int threshold,
      int custodians,
      Instant at,
      Instant expires);

  Optional<RootCeremony> find(long id, boolean lock);

  List<RootCeremony> ofOrganisation(Organisation organisation);

  /** The unsigned root file and the targets file the ceremony prepared, and the root it changes. */
  PreparedFiles files(long id);

  void storeSignature(long id, CeremonyTouch touch, Signature signature);

  /** The root signatures collected so far. */
  List<Signature> signatures(long id);

  void decide(long id, CeremonyState state, Instant at);

  /** The ceremonies whose signatures are all in and that wait to be published, oldest first. */
  List<Long> signed();

  /** Why the last attempt to publish a signed ceremony failed; it is tried again. */
  void publishFailed(long id, String error);

  /** The files of a ceremony; {@code targets} and {@code oldRoot} may be null. */
  record PreparedFiles(byte[] root, byte[] targets, byte[] oldRoot) {}
}
