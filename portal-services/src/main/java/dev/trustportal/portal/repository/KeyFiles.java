package dev.trustportal.portal.repository;

import dev.trustportal.notary.crypto.EncryptedPem;
import dev.trustportal.notary.crypto.KeyFormatException;
import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.NotaryKeyFiles;
import dev.trustportal.notary.crypto.Pem;
import dev.trustportal.notary.crypto.PrivateKeys;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.crypto.WrongPassphraseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Opens the key files of an import: one PEM private key block, as notary writes it (an encrypted
 * block; plain blocks are accepted as {@code notary key import} accepts them), decrypted with its
 * passphrase.
 */
final class KeyFiles {

  private static final Pattern BEGIN = Pattern.compile("-----BEGIN ");
  private static final Set<String> PRIVATE_KEY_TYPES =
      Set.of(EncryptedPem.PEM_TYPE, "PRIVATE KEY", "EC PRIVATE KEY", "RSA PRIVATE KEY");

  private KeyFiles() {}

  /**
   * @throws MalformedKeyFileException if there is no file, several blocks, no private key or bad
   *     PEM
   * @throws WrongKeyPassphraseException if the passphrase does not decrypt it
   */
  static OpenedKey open(KeyRole role, KeyFile file) {
    String pem = file.pem();
    if (pem.isBlank()) {
      throw MalformedKeyFileException.missing(role);
    }
    long blocks = BEGIN.matcher(pem).results().count();
    if (blocks > 1) {
      throw MalformedKeyFileException.severalBlocks(role, (int) blocks);
    }
    try {
      String type = Pem.decodeFirst(pem).type();
      if (!PRIVATE_KEY_TYPES.contains(type)) {
        throw MalformedKeyFileException.notAPrivateKey(role, type);
      }
      EncryptedPem.Decrypted key = NotaryKeyFiles.importKey(pem, file.passphrase());
      var publicKey = TufKeys.ofPublicKey(PrivateKeys.publicKeyOf(key.privateKey()));
      return new OpenedKey(role, key.privateKey(), KeyIds.of(publicKey), key.headers());
    } catch (WrongPassphraseException wrong) {
      throw new WrongKeyPassphraseException(role);
    } catch (KeyFormatException unusable) {
      throw MalformedKeyFileException.unreadable(role, unusable.getMessage());
    }
  }
}
