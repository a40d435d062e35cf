package dev.trustportal.portal.custody;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import java.util.List;

/** The persistence gateway of held keys; runs in the caller's transaction. Never returns null. */
public interface HeldKeys {

  void store(HeldKey key);

  /** The keys held for a role of a repository, oldest first. */
  List<HeldKey> find(Gun gun, RoleName role);

  /** Every held copy of a key: one per repository and role it was stored for, oldest first. */
  List<HeldKey> findByKeyId(KeyId keyId);

  /**
   * Deletes the keys held for a role of a repository: once no root names them they sign nothing a
   * client accepts, and kept sealed they would only be more for a thief to try.
   *
   * @return how many were deleted
   */
  int delete(Gun gun, RoleName role);
}
