package dev.trustportal.notary.crypto;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import java.security.PrivateKey;
import java.util.Map;
import java.util.TreeMap;

/**
 * Private keys as {@code notary key export} writes them and {@code notary key import} reads them
 * (facts §8): headers {@code role}, {@code gun} (not for delegations) and {@code path} (the
 * canonical key ID, which import requires for an encrypted block).
 */
public final class NotaryKeyFiles {
  private NotaryKeyFiles() {}

  public static String export(PrivateKey key, Gun gun, RoleName role, char[] passphrase) {
    KeyId id = KeyIds.of(TufKeys.ofPublicKey(PrivateKeys.publicKeyOf(key)));
    Map<String, String> headers = new TreeMap<>();
    headers.put("role", role.value());
    headers.put("path", id.value());
    if (!role.isDelegation()) {
      headers.put("gun", gun.value());
    }
    return EncryptedPem.encrypt(key, passphrase, headers);
  }

  public static EncryptedPem.Decrypted importKey(String pem, char[] passphrase) {
    return EncryptedPem.decrypt(pem, passphrase);
  }
}
