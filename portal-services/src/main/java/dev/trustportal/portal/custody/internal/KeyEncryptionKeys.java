package dev.trustportal.portal.custody.internal;

import dev.trustportal.portal.custody.KeyEncryptionKey;
import dev.trustportal.portal.custody.KeystoreUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Picks the keystore of the key-encryption key from {@code portal.custody.keystore}: {@code pkcs12}
 * (the default, a generated file under {@code <portal.data.dir>/secrets}) or {@code pkcs11}. The
 * key is opened on first use, not at deployment, so an instance that never touches keys needs no
 * token.
 */
@ApplicationScoped
class KeyEncryptionKeys {

  static final String KEYSTORE = "portal.custody.keystore";
  private static final Logger LOG = Logger.getLogger(KeyEncryptionKeys.class.getName());

  // Field injection: the class needs a no-argument constructor for its client proxy.
  @Inject Config config;

  @Produces
  @ApplicationScoped
  KeyEncryptionKey keyEncryptionKey() {
    String keystore = config.getOptionalValue(KEYSTORE, String.class).orElse("pkcs12").trim();
    KeyEncryptionKey kek =
        switch (keystore) {
          case "pkcs12" -> Pkcs12Keystore.open(secretsDir());
          case "pkcs11" ->
              Pkcs11Keystore.open(
                  Pkcs11Settings.from(k -> config.getOptionalValue(k, String.class)));
          default ->
              throw new KeystoreUnavailableException(
                  keystore, KEYSTORE + " must be pkcs12 or pkcs11, not '" + keystore + "'");
        };
    LOG.info(() -> "Key custody uses the key-encryption key " + kek.id() + ".");
    return kek;
  }

  private Path secretsDir() {
    String dataDir =
        config
            .getOptionalValue("portal.data.dir", String.class)
            .orElseThrow(
                () ->
                    new KeystoreUnavailableException(
                        "pkcs12",
                        "set portal.data.dir (where the key-encryption keystore is generated) or "
                            + KEYSTORE
                            + "=pkcs11"));
    return Path.of(dataDir).resolve("secrets");
  }
}
