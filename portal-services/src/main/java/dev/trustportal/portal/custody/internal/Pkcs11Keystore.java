package dev.trustportal.portal.custody.internal;

import dev.trustportal.portal.common.SecretFile;
import dev.trustportal.portal.custody.KeystoreUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.util.Arrays;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * The production keystore: an AES-256 key on a PKCS#11 token (an HSM, or SoftHSM2 in tests), used
 * through the JDK's SunPKCS11 provider. If the token has no secret key with the configured label,
 * one is generated inside the token, sensitive and non-extractable, and stored as a token object
 * under that label.
 */
final class Pkcs11Keystore {

  private Pkcs11Keystore() {}

  static JceKeyEncryptionKey open(Pkcs11Settings settings) {
    String name = settings.keystoreName();
    char[] pin = pin(settings);
    try {
      Provider provider = provider(settings);
      KeyStore token = KeyStore.getInstance("PKCS11", provider);
      token.load(null, pin);
      SecretKey key = find(token, settings.keyLabel());
      if (key == null) {
        key = generate(token, provider, settings.keyLabel());
      }
      return new JceKeyEncryptionKey("pkcs11:" + settings.keyLabel(), name, key, provider);
    } catch (IOException | GeneralSecurityException | ProviderException e) {
      throw new KeystoreUnavailableException(
          name,
          "cannot open the token or its key "
              + settings.keyLabel()
              + " (check the library, slot and PIN)",
          e);
    } finally {
      Arrays.fill(pin, '\0');
    }
  }

  private static Provider provider(Pkcs11Settings settings) {
    Provider prototype = Security.getProvider("SunPKCS11");
    if (prototype == null) {
      throw new KeystoreUnavailableException(
          settings.keystoreName(), "this JDK has no SunPKCS11 provider");
    }
    // A leading "--" tells configure() that the argument is the configuration itself, not a file
    // name.
    return prototype.configure("--" + settings.providerConfig());
  }

  private static SecretKey find(KeyStore token, String label) throws GeneralSecurityException {
    Key key = token.getKey(label, null);
    if (key == null || key instanceof SecretKey) {
      return (SecretKey) key;
    }
    throw new KeyStoreException("the token object labelled " + label + " is not a secret key");
  }

  // The generated key is a session object; setEntry copies it into the token with CKA_TOKEN and the
  // label, keeping it sensitive and non-extractable (the copy cannot weaken those attributes).
  private static SecretKey generate(KeyStore token, Provider provider, String label)
      throws GeneralSecurityException {
    KeyGenerator generator = KeyGenerator.getInstance("AES", provider);
    generator.init(256);
    token.setEntry(label, new KeyStore.SecretKeyEntry(generator.generateKey()), null);
    return find(token, label);
  }

  private static char[] pin(Pkcs11Settings settings) {
    if (settings.pin().isPresent()) {
      return settings.pin().get().toCharArray();
    }
    try {
      return SecretFile.read(Path.of(settings.pinFile().orElseThrow()));
    } catch (UncheckedIOException e) {
      throw new KeystoreUnavailableException(
          settings.keystoreName(), "cannot read the PIN file", e);
    }
  }
}
