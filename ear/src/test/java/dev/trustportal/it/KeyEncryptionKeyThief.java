package dev.trustportal.it;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * An attacker holding a copy of the portal's database and its platform key-encryption key (the
 * PKCS#12 file and its password from the data directory), and nothing else: no owner's security
 * key. It tries every stored blob that could hold a private key of a repository against the
 * key-encryption key, and says which of the repository's root keys it could open (a root key
 * "opens" when what decrypts signs data that the root certificate's public key verifies).
 */
final class KeyEncryptionKeyThief {

  private static final HexFormat HEX = HexFormat.of();

  private final PortalStack stack;
  private final SecretKey kek;

  KeyEncryptionKeyThief(PortalStack stack) throws Exception {
    this.stack = stack;
    Path secrets = stack.dataDir().resolve("secrets");
    char[] password =
        Files.readString(secrets.resolve("custody-kek.password")).trim().toCharArray();
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(
        new ByteArrayInputStream(Files.readAllBytes(secrets.resolve("custody-kek.p12"))), password);
    this.kek = (SecretKey) store.getKey("portal-kek", password);
  }

  /**
   * The root keys of {@code gun} (certificates from its root.json, PEM) that the thief opens: every
   * blob stored for the GUN is decrypted with the key-encryption key under every plausible
   * associated data.
   */
  List<String> openRootKeys(String gun, List<X509Certificate> rootCertificates) throws Exception {
    List<String> opened = new ArrayList<>();
    for (byte[][] blob : storedBlobs(gun)) {
      for (PrivateKey key : decryptions(blob[0], blob[1], gun)) {
        for (X509Certificate cert : rootCertificates) {
          if (signsFor(key, cert.getPublicKey())) {
            opened.add(
                cert.getSubjectX500Principal().getName()
                    + " #"
                    + cert.getSerialNumber().toString(16));
          }
        }
      }
    }
    return opened;
  }

  /** How many blobs the database holds for the GUN: the attempt must have tried something. */
  int blobCount(String gun) throws Exception {
    return storedBlobs(gun).size();
  }

  /** (nonce, ciphertext) of every sealed or wrapped key stored for the GUN, whatever its table. */
  private List<byte[][]> storedBlobs(String gun) throws Exception {
    List<byte[][]> blobs = new ArrayList<>();
    String quoted = gun.replace("'", "''");
    for (String row :
        lines(
            stack.portalSql(
                "select encode(nonce, 'hex') || ' ' || encode(sealed_key, 'hex')"
                    + " from held_key where gun = '"
                    + quoted
                    + "'"))) {
      String[] parts = row.split(" ");
      blobs.add(new byte[][] {HEX.parseHex(parts[0]), HEX.parseHex(parts[1])});
    }
    if (!stack.portalSql("select to_regclass('custodian_root_key') is not null").equals("t")) {
      return blobs;
    }
    for (String row :
        lines(
            stack.portalSql(
                "select encode(nonce, 'hex') || ' ' || encode(ciphertext, 'hex') || ' ' ||"
                    + " encode(ephemeral_public_key, 'hex') from custodian_root_key where gun = '"
                    + quoted
                    + "'"))) {
      String[] parts = row.split(" ");
      byte[] nonce = HEX.parseHex(parts[0]);
      byte[] ciphertext = HEX.parseHex(parts[1]);
      blobs.add(new byte[][] {nonce, ciphertext});
      // The ephemeral public key tried as a nonce prefix too: nothing of the blob is left untried.
      blobs.add(new byte[][] {java.util.Arrays.copyOf(HEX.parseHex(parts[2]), 12), ciphertext});
    }
    return blobs;
  }

  private List<PrivateKey> decryptions(byte[] nonce, byte[] ciphertext, String gun)
      throws Exception {
    List<PrivateKey> keys = new ArrayList<>();
    for (byte[] aad : associatedData(gun)) {
      try {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, kek, new GCMParameterSpec(128, nonce));
        cipher.updateAAD(aad);
        byte[] pkcs8 = cipher.doFinal(ciphertext);
        keys.add(KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
      } catch (javax.crypto.AEADBadTagException
          | java.security.spec.InvalidKeySpecException wrongGuess) {
        // not this associated data
      }
    }
    return keys;
  }

  /** The held-key associated data for every role and key ID stored for the GUN, and none at all. */
  private List<byte[]> associatedData(String gun) throws Exception {
    List<byte[]> aads = new ArrayList<>();
    aads.add(new byte[0]);
    String quoted = gun.replace("'", "''");
    String ids =
        stack.portalSql(
            "select role || ' ' || key_id from held_key where gun = '"
                + quoted
                + "'"
                + (stack
                        .portalSql("select to_regclass('custodian_root_key') is not null")
                        .equals("t")
                    ? " union select 'root ' || key_id from custodian_root_key where gun = '"
                        + quoted
                        + "'"
                    : ""));
    for (String row : lines(ids)) {
      String[] parts = row.split(" ");
      aads.add(
          ("trust-portal/held-key/v1\n" + gun + "\n" + parts[0] + "\n" + parts[1])
              .getBytes(StandardCharsets.UTF_8));
    }
    return aads;
  }

  private static boolean signsFor(PrivateKey key, PublicKey publicKey) throws Exception {
    byte[] data = "kek thief".getBytes(StandardCharsets.UTF_8);
    Signature signer = Signature.getInstance("SHA256withECDSA");
    signer.initSign(key);
    signer.update(data);
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance("SHA256withECDSA");
    verifier.initVerify(publicKey);
    verifier.update(data);
    return verifier.verify(signature);
  }

  /** The root certificates of a root.json as the notary CLI cached it. */
  static List<X509Certificate> rootCertificates(com.fasterxml.jackson.databind.JsonNode rootJson)
      throws Exception {
    List<X509Certificate> certs = new ArrayList<>();
    var signed = rootJson.get("signed");
    for (var id : signed.get("roles").get("root").get("keyids")) {
      String pem =
          new String(
              Base64.getDecoder()
                  .decode(signed.get("keys").get(id.asText()).get("keyval").get("public").asText()),
              StandardCharsets.US_ASCII);
      certs.add(
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(
                      new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
    }
    return certs;
  }

  private static List<String> lines(String output) {
    return output.isBlank() ? List.of() : List.of(output.split("\n"));
  }
}
