package dev.trustportal.portal.repository;

import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.portal.organisation.Organisation;

/**
 * Owner-held root custody as repositories need it: whether the organisation's custodians hold its
 * root keys, and the root ceremony that initialises a new repository then. Declared here and
 * implemented by the root custody feature, which depends on repositories and not the other way.
 */
public interface OwnerHeldRoots {

  /** Whether the organisation is in OWNERS custody. */
  boolean holdRootsOf(Organisation organisation);

  /**
   * Makes one root key per custodian, wraps each for its custodian, prepares the repository's root
   * and opens the ceremony in which the custodians sign it.
   *
   * @return the ceremony's ID
   */
  long openInitialisation(Repository repository);

  /**
   * The root ceremony that makes a new root for the repository's current custodians after the
   * support desk deleted its trust data (a trust reset): the one open already, or a new one with
   * one root key per current custodian and the organisation's threshold, or all of them where fewer
   * custodians remain. Until it is published nobody but the portal may push the repository.
   *
   * @return the ceremony's ID
   */
  long openReset(Repository repository);

  /**
   * The root ceremony in which the custodians sign the rotation of the repository's {@code role}
   * key (root, targets or snapshot: each is named in root): the one open already for that rotation,
   * or a new one.
   *
   * @return the ceremony's ID
   */
  long openKeyRotation(Repository repository, RoleName role);

  /** Whether {@code canonicalKeyId} is a current root key of {@code gun} held by a custodian. */
  boolean holdsRootKey(String gun, String canonicalKeyId);
}
