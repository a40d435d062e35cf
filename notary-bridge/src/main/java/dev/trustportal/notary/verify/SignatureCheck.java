package dev.trustportal.notary.verify;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.Signatures;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Signature;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts valid signatures of a role, as notary's {@code VerifySignatures} (tuf/signed/verify.go):
 * signatures by keys outside the role are ignored, a key counts once, and a key whose ID is not the
 * hash of its key object counts not at all. The message is the re-canonicalised {@code signed}
 * object.
 */
public final class SignatureCheck {
  private SignatureCheck() {}

  public static VerificationResult check(
      RoleName role,
      List<KeyId> roleKeyIds,
      int threshold,
      Map<KeyId, Key> keys,
      Metadata<?> metadata) {
    dev.trustportal.notary.tuf.Bytes message = metadata.canonicalSigned();
    Set<KeyId> valid = new HashSet<>();
    for (Signature sig : metadata.signatures()) {
      Key key = keys.get(sig.keyId());
      if (key == null || !roleKeyIds.contains(sig.keyId()) || valid.contains(sig.keyId())) {
        continue;
      }
      if (KeyIds.of(key).equals(sig.keyId()) && Signatures.verify(key, sig, message)) {
        valid.add(sig.keyId());
      }
    }
    List<KeyId> signed = new ArrayList<>();
    List<KeyId> unsigned = new ArrayList<>();
    for (KeyId id : roleKeyIds) {
      (valid.contains(id) ? signed : unsigned).add(id);
    }
    return new VerificationResult(role, threshold, signed, unsigned);
  }
}
