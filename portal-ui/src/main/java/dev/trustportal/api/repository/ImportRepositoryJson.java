package dev.trustportal.api.repository;

import dev.trustportal.portal.repository.ImportRepository;
import dev.trustportal.portal.repository.KeyFile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a repository import: the name in the organisation and the root and targets key files
 * as the notary CLI keeps them in its trust directory's {@code private/} (the PEM text, headers
 * included), each with its passphrase. {@link #toString()} leaves the passphrases out.
 */
@Schema(
    example =
        "{\"name\": \"app\", \"rootKey\": \"-----BEGIN ENCRYPTED PRIVATE KEY-----\\n"
            + "role: root\\n"
            + "...\", \"rootPassphrase\": \"root passphrase\", \"targetsKey\": \"-----BEGIN"
            + " ENCRYPTED PRIVATE KEY-----\\n"
            + "role: targets\\n"
            + "...\", \"targetsPassphrase\": \"targets passphrase\"}")
public record ImportRepositoryJson(
    String name,
    String rootKey,
    String rootPassphrase,
    String targetsKey,
    String targetsPassphrase) {

  ImportRepository toCommand() {
    return new ImportRepository(
        name, keyFile(rootKey, rootPassphrase), keyFile(targetsKey, targetsPassphrase));
  }

  private static KeyFile keyFile(String pem, String passphrase) {
    return new KeyFile(pem, passphrase == null ? null : passphrase.toCharArray());
  }

  @Override
  public String toString() {
    return "ImportRepositoryJson[name=" + name + ", passphrases hidden]";
  }
}
