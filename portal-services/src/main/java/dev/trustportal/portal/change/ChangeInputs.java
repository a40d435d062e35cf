package dev.trustportal.portal.change;

import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.portal.signer.InvalidSignerNameException;
import dev.trustportal.portal.signer.SignerName;
import java.util.List;

/** How a request names what it changes: key IDs, and roles whose threshold may be set here. */
final class ChangeInputs {

  private static final List<String> TOP_LEVEL_ROLES =
      List.of("root", "targets", "snapshot", "timestamp");

  private ChangeInputs() {}

  static KeyId keyId(String keyId) {
    try {
      return new KeyId(keyId);
    } catch (IllegalArgumentException notAnId) {
      throw InvalidChangeInputException.keyId(keyId);
    }
  }

  /**
   * {@code releases} or {@code targets/releases}, {@code alice} or {@code targets/alice}; nothing
   * else.
   */
  static RoleName thresholdRole(String role) {
    String prefix = RoleName.TARGETS.value() + "/";
    if (role == null || TOP_LEVEL_ROLES.contains(role)) {
      return failRole(role);
    }
    String shortName = role.startsWith(prefix) ? role.substring(prefix.length()) : role;
    if (shortName.equals("releases")) {
      return RoleName.RELEASES;
    }
    try {
      return new SignerName(shortName).role();
    } catch (InvalidSignerNameException notASigner) {
      return failRole(role);
    }
  }

  private static RoleName failRole(String role) {
    throw InvalidChangeInputException.role(role);
  }
}
