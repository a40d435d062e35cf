package dev.trustportal.portal.repository;

import java.util.Objects;

/**
 * The command to import a repository whose trust data is already on notary-server: its name in the
 * organisation (which makes its GUN, as for creation) and its root and targets private keys. The
 * name stays a plain string so that the service validates it the same way for every caller.
 */
public record ImportRepository(String name, KeyFile rootKey, KeyFile targetsKey) {

  public ImportRepository {
    rootKey = Objects.requireNonNullElseGet(rootKey, () -> new KeyFile(null, null));
    targetsKey = Objects.requireNonNullElseGet(targetsKey, () -> new KeyFile(null, null));
  }

  public KeyFile keyFile(KeyRole role) {
    return role == KeyRole.ROOT ? rootKey : targetsKey;
  }

  /** Overwrites both passphrases; call it when the import is done, whatever its outcome. */
  public void wipe() {
    rootKey.wipe();
    targetsKey.wipe();
  }
}
