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

  /** The root key of the GUN wrapped for this custodian key, if it holds one. */
  Optional<StoredRootKey> rootKey(String gun, long securityKeyId);

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

  /** The unsigned root file and the targets file the ceremony prepared. */
  PreparedFiles files(long id);

  void storeSignature(long id, CeremonyTouch touch, Signature signature);

  /** The root signatures collected so far. */
  List<Signature> signatures(long id);

  void decide(long id, CeremonyState state, Instant at);

  /** The files of a ceremony. */
  record PreparedFiles(byte[] root, byte[] targets) {}
}
