package dev.trustportal.notary.verify;

import dev.trustportal.notary.crypto.KeyFormatException;
import dev.trustportal.notary.crypto.RootCertificates;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Wire;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * notary accepts as root keys only x509 certificates whose CN is the GUN and which are valid now
 * (trustpinning/certs.go {@code validRootLeafCerts}); keys failing that are left out of the
 * threshold count.
 */
final class RootCertificateCheck {
  private RootCertificateCheck() {}

  static Map<KeyId, Key> validLeafKeys(Gun gun, Root root, Instant now) {
    Map<KeyId, Key> valid = new TreeMap<>();
    for (Map.Entry<KeyId, Key> e : root.keysOf(RoleName.ROOT).entrySet()) {
      if (isValidLeaf(gun, e.getValue(), now)) {
        valid.put(e.getKey(), e.getValue());
      }
    }
    if (valid.isEmpty()) {
      throw new UntrustedRootException(
          "could not validate the path to a trusted root: unable to retrieve valid leaf"
              + " certificates",
          null);
    }
    return valid;
  }

  private static boolean isValidLeaf(Gun gun, Key key, Instant now) {
    if (!Wire.isX509(key.keyType())) {
      return false;
    }
    try {
      X509Certificate cert = TufKeys.certificate(key);
      return gun.value().equals(RootCertificates.commonName(cert))
          && !now.isBefore(cert.getNotBefore().toInstant().minusSeconds(300))
          && now.isBefore(cert.getNotAfter().toInstant());
    } catch (KeyFormatException e) {
      return false;
    }
  }
}
