package dev.trustportal.portal.rootcustody;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.RootCertificates;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.publish.PreparedRoot;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.portal.custody.CustodianKeys;
import dev.trustportal.portal.custody.CustodianPublicKey;
import dev.trustportal.portal.custody.KeyVault;
import dev.trustportal.portal.custody.WrapBinding;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.publishing.NotaryFailures;
import dev.trustportal.portal.repository.OwnerHeldRoots;
import dev.trustportal.portal.repository.Repository;
import dev.trustportal.portal.securitykey.CustodianEnrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Opens the root ceremony of a new repository in OWNERS custody: one root key per custodian (a
 * certificate with CN = GUN, as {@code notary init} makes), each private key wrapped at once for
 * its custodian's security key and then dropped, so the portal can sign with none of them on its
 * own; root v1 lists all of them with the organisation's threshold. The ceremony stays open for
 * {@link #OPEN_PERIOD}.
 */
@ApplicationScoped
class OwnerHeldInitialisations implements OwnerHeldRoots {

  static final Duration OPEN_PERIOD = Duration.ofHours(24);

  // Field injection, as the feature's other beans.
  @Inject CustodyChanges changes;
  @Inject Custodians custodians;
  @Inject RootCeremonies ceremonies;
  @Inject NotaryBridge bridge;
  @Inject Clock clock;

  @Override
  public boolean holdRootsOf(Organisation organisation) {
    return changes.setting(organisation).mode() == CustodyMode.OWNERS;
  }

  @Override
  public long openInitialisation(Repository repository) {
    Organisation org = repository.organisation();
    int threshold = changes.setting(org).threshold();
    List<CustodianEnrolment> holders = custodians.enrolments(org);
    if (holders.size() < threshold) {
      throw new InvalidCustodyException(
          org.name().value()
              + " has "
              + holders.size()
              + " custodians, fewer than"
              + " its root threshold "
              + threshold);
    }
    Gun gun = repository.gun();
    Instant now = clock.instant();
    List<Key> rootKeys = new ArrayList<>();
    for (CustodianEnrolment holder : holders) {
      rootKeys.add(rootKeyFor(holder, gun, now));
    }
    PreparedRoot prepared =
        NotaryFailures.call(gun, () -> bridge.prepareInitialisation(gun, rootKeys, threshold));
    return ceremonies.open(
        org,
        gun.value(),
        digest(prepared.unsignedRoot().canonicalSigned().toArray()),
        prepared.unsignedRoot().fileBytes().toArray(),
        prepared.targets().fileBytes().toArray(),
        threshold,
        holders.size(),
        now,
        now.plus(OPEN_PERIOD));
  }

  private Key rootKeyFor(CustodianEnrolment holder, Gun gun, Instant now) {
    KeyPair pair = KeyPairs.ecdsaP256();
    X509Certificate certificate = RootCertificates.generate(gun, pair, now);
    Key key = TufKeys.ofCertificate(certificate);
    String canonicalId = KeyIds.canonical(key).value();
    byte[] pkcs8 = pair.getPrivate().getEncoded();
    try {
      var wrapped =
          CustodianKeys.wrap(
              new CustodianPublicKey(holder.publicKey()),
              new WrapBinding(holder.keyId(), KeyIds.canonical(key), gun),
              pkcs8);
      ceremonies.storeRootKey(
          gun.value(),
          new StoredRootKey(canonicalId, holder.keyId(), certificate.getEncoded(), wrapped),
          now);
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("a certificate just made encodes", e);
    } finally {
      KeyVault.wipe(pkcs8);
    }
    return key;
  }

  static String digest(byte[] canonicalRoot) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalRoot));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
