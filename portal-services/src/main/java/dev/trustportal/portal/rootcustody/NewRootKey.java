package dev.trustportal.portal.rootcustody;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.RootCertificates;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.portal.custody.CustodianKeys;
import dev.trustportal.portal.custody.CustodianPublicKey;
import dev.trustportal.portal.custody.KeyVault;
import dev.trustportal.portal.custody.WrapBinding;
import dev.trustportal.portal.securitykey.CustodianEnrolment;
import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * A root key just made for a custodian: its public key as root.json names it (a certificate with CN
 * = GUN, as {@code notary init} makes) and the private key wrapped at once for the custodian's
 * security key, the plaintext wiped, so that the portal can sign with it only when the custodian
 * touches their key.
 */
record NewRootKey(Key key, StoredRootKey stored) {

  static NewRootKey makeFor(CustodianEnrolment holder, Gun gun, Instant now) {
    KeyPair pair = KeyPairs.ecdsaP256();
    X509Certificate certificate = RootCertificates.generate(gun, pair, now);
    Key key = TufKeys.ofCertificate(certificate);
    byte[] pkcs8 = pair.getPrivate().getEncoded();
    try {
      var wrapped =
          CustodianKeys.wrap(
              new CustodianPublicKey(holder.publicKey()),
              new WrapBinding(holder.keyId(), KeyIds.canonical(key), gun),
              pkcs8);
      return new NewRootKey(
          key,
          new StoredRootKey(
              KeyIds.canonical(key).value(), holder.keyId(), certificate.getEncoded(), wrapped));
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("a certificate just made encodes", e);
    } finally {
      KeyVault.wipe(pkcs8);
    }
  }
}
