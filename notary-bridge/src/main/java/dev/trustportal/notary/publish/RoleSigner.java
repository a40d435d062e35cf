package dev.trustportal.notary.publish;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.Signatures;
import dev.trustportal.notary.crypto.SigningKey;
import dev.trustportal.notary.json.MetadataCodec;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Signature;
import dev.trustportal.notary.tuf.Signed;
import dev.trustportal.notary.verify.SignatureCheck;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signs a payload with every held key of a role (as the CLI does, facts §5) and checks the result
 * against the threshold before anything is uploaded, so an under-signed role fails here with
 * notary's own wording.
 */
final class RoleSigner {
  /** Bounds the memory of proven signings; past it, checks simply run again. */
  private static final int MAX_PROVEN = 1024;

  private final SigningKeys keys;
  /*
   * Signings already checked: the same role, threshold, role keys and (public, private) key pairs. A key pair
   * that made a valid signature once makes valid signatures of any message, so checking again only costs an
   * ECDSA verification per key (about half of a one-tag publish's CPU in the bridge).
   */
  private final java.util.Set<Proven> proven = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private record Proven(
      RoleName role,
      List<KeyId> roleKeyIds,
      int threshold,
      Map<KeyId, Key> signers,
      List<PrivateKey> privateKeys) {}

  RoleSigner(SigningKeys keys) {
    this.keys = keys;
  }

  <T extends Signed> Metadata<T> sign(
      RoleName role, T signed, Map<KeyId, Key> signers, List<KeyId> roleKeyIds, int threshold) {
    byte[] canonical = MetadataCodec.canonicalSigned(signed);
    List<Signature> signatures = new ArrayList<>();
    List<PrivateKey> used = new ArrayList<>();
    for (Map.Entry<KeyId, Key> e : signers.entrySet()) {
      Optional<PrivateKey> priv = keys.find(KeyIds.canonical(e.getValue()));
      priv.ifPresent(
          p -> {
            signatures.add(Signatures.sign(new SigningKey(e.getValue(), p), canonical));
            used.add(p);
          });
    }
    Metadata<T> md = MetadataCodec.seal(signed, canonical, signatures);
    Proven signing =
        new Proven(
            role, List.copyOf(roleKeyIds), threshold, Map.copyOf(signers), List.copyOf(used));
    if (!proven.contains(signing)) {
      SignatureCheck.check(role, roleKeyIds, threshold, signers, md).requireVerified();
      if (proven.size() >= MAX_PROVEN) {
        proven.clear();
      }
      proven.add(signing);
    }
    return md;
  }

  boolean holdsAny(Map<KeyId, Key> roleKeys) {
    return roleKeys.values().stream().anyMatch(k -> keys.find(KeyIds.canonical(k)).isPresent());
  }
}
