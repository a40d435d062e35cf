package dev.trustportal.portal.support;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.RoleName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What losing one key of a signer means for the trust data: the key goes from {@code
 * targets/releases} and {@code targets/<name>}; a role left with fewer keys than its threshold gets
 * a lower threshold, a role left with none goes; and the tags whose only valid signatures were the
 * lost key's must be signed again.
 */
public record SignerKeyLoss(
    String signer, String canonicalKeyId, List<RoleChange> changes, List<String> orphanTags) {

  /** One role's change: its key ID to remove, and the threshold it keeps (0: the role goes). */
  public record RoleChange(String role, String keyId, int thresholdBefore, int thresholdAfter) {
    public boolean removesRole() {
      return thresholdAfter == 0;
    }
  }

  /**
   * @throws InvalidCaseException if the signer's role does not hold the key
   */
  public static SignerKeyLoss of(CapturedTrust trust, String signer, String eitherKeyId) {
    String own = RoleName.TARGETS.value() + "/" + signer;
    CapturedTrust.Role signerRole =
        trust
            .role(own)
            .orElseThrow(() -> InvalidCaseException.unknownSignerKey(signer, eitherKeyId));
    String idInRole =
        signerRole
            .keyIdOf(eitherKeyId)
            .orElseThrow(() -> InvalidCaseException.unknownSignerKey(signer, eitherKeyId));
    String canonical = KeyIds.canonical(signerRole.keys().get(idInRole)).value();
    List<RoleChange> changes = new ArrayList<>();
    for (String name : List.of(RoleName.RELEASES.value(), own)) {
      trust.role(name).flatMap(r -> change(r, canonical)).ifPresent(changes::add);
    }
    return new SignerKeyLoss(signer, canonical, List.copyOf(changes), orphanTags(trust, canonical));
  }

  private static Optional<RoleChange> change(CapturedTrust.Role role, String canonical) {
    return role.keyIdOf(canonical)
        .map(
            id -> {
              int remaining = role.keys().size() - 1;
              return new RoleChange(
                  role.role(), id, role.threshold(), Math.min(role.threshold(), remaining));
            });
  }

  // A tag is orphaned when every valid signature over every role holding it came from the lost key.
  private static List<String> orphanTags(CapturedTrust trust, String canonical) {
    List<String> orphans = new ArrayList<>();
    for (String tag : trust.tagNames()) {
      Set<String> signers = new HashSet<>();
      trust.tags().stream()
          .filter(t -> t.name().equals(tag))
          .forEach(t -> t.signedBy().forEach(id -> signers.add(canonicalOf(trust, t.role(), id))));
      if (signers.equals(Set.of(canonical))) {
        orphans.add(tag);
      }
    }
    return List.copyOf(orphans);
  }

  private static String canonicalOf(CapturedTrust trust, String role, String keyId) {
    Map<String, Key> keys = trust.role(role).map(CapturedTrust.Role::keys).orElse(Map.of());
    return Optional.ofNullable(keys.get(keyId)).map(k -> KeyIds.canonical(k).value()).orElse(keyId);
  }
}
