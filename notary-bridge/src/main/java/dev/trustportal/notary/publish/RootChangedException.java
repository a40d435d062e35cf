package dev.trustportal.notary.publish;

import dev.trustportal.notary.tuf.Gun;

/**
 * A root change was prepared on a root that is no longer the repository's: signatures over it would
 * not chain from the current root, so it is not uploaded.
 */
public class RootChangedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Gun gun;

  public RootChangedException(Gun gun, int currentVersion) {
    super(
        "the root of "
            + gun
            + " changed (now version "
            + currentVersion
            + ") since this root change was prepared");
    this.gun = gun;
  }

  public Gun gun() {
    return gun;
  }
}
