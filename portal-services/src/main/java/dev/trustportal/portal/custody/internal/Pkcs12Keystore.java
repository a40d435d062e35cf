package dev.trustportal.portal.custody.internal;

import dev.trustportal.portal.common.SecretFile;
import dev.trustportal.portal.custody.KeystoreUnavailableException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * The embedded default: an AES-256 key in {@code <data dir>/secrets/custody-kek.p12} (alias {@value
 * #ALIAS}), its password in {@code custody-kek.password} beside it. Both are generated on first
 * use, created with mode 0600 in a 0700 directory, and reused afterwards. The file protects the key
 * only as well as the server account does; production uses PKCS#11.
 */
final class Pkcs12Keystore {

  static final String ALIAS = "portal-kek";
  static final String KEYSTORE_FILE = "custody-kek.p12";
  static final String PASSWORD_FILE = "custody-kek.password";
  private static final int PASSWORD_BYTES = 32;

  private Pkcs12Keystore() {}

  /** Opens the keystore under {@code secretsDir}, generating it first if it does not exist. */
  static JceKeyEncryptionKey open(Path secretsDir) {
    Path keystore = secretsDir.resolve(KEYSTORE_FILE);
    Path passwordFile = secretsDir.resolve(PASSWORD_FILE);
    String name = "pkcs12:" + keystore;
    try {
      // The password is written before the keystore, so a keystore never exists without its
      // password;
      // a password without a keystore is left over from an interrupted first start and is replaced.
      if (!Files.exists(keystore)) {
        generate(keystore, passwordFile);
      }
      return load(keystore, passwordFile, name);
    } catch (IOException | GeneralSecurityException e) {
      throw new KeystoreUnavailableException(name, "cannot open the key-encryption key", e);
    }
  }

  private static void generate(Path keystore, Path passwordFile)
      throws IOException, GeneralSecurityException {
    char[] password = newPassword();
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256, new SecureRandom());
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setEntry(
          ALIAS,
          new KeyStore.SecretKeyEntry(generator.generateKey()),
          new KeyStore.PasswordProtection(password));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.store(out, password);
      SecretFile.write(passwordFile, password);
      SecretFile.write(keystore, out.toByteArray());
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static JceKeyEncryptionKey load(Path keystore, Path passwordFile, String name)
      throws IOException, GeneralSecurityException {
    char[] password = SecretFile.read(passwordFile);
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(Files.readAllBytes(keystore)), password);
      if (!(store.getKey(ALIAS, password) instanceof SecretKey key)) {
        throw new KeystoreUnavailableException(name, "no secret key with the alias " + ALIAS);
      }
      // The PKCS12 keystore's provider (SUN) stores keys but has no ciphers; use the default
      // AES-GCM one.
      Provider cipherProvider = Cipher.getInstance("AES/GCM/NoPadding").getProvider();
      return new JceKeyEncryptionKey("pkcs12:" + ALIAS, name, key, cipherProvider);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static char[] newPassword() {
    byte[] random = new byte[PASSWORD_BYTES];
    new SecureRandom().nextBytes(random);
    char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
    Arrays.fill(random, (byte) 0);
    return password;
  }
}
