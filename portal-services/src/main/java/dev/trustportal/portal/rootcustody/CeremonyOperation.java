package dev.trustportal.portal.rootcustody;

/**
 * What a root ceremony does. Every one of them is a new root.json the custodians sign: the first
 * root of a repository, new root keys (for the current custodians, which is how custodians are
 * added and removed), a new targets key, a new snapshot key (notary-server's), or the root handed
 * back to the portal when the organisation leaves OWNERS custody (one root key the portal holds;
 * the custodians' old keys sign it, so clients that trusted their root follow), or, when it enters
 * OWNERS custody, a root the portal held handed to the custodians (their new keys sign it, and the
 * portal's old key).
 */
public enum CeremonyOperation {
  INITIALISE_REPOSITORY,
  ROTATE_ROOT,
  ROTATE_TARGETS_KEY,
  ROTATE_SNAPSHOT_KEY,
  RETURN_ROOT_TO_SERVER,
  HAND_ROOT_TO_CUSTODIANS
}
