package dev.trustportal.api.change;

import dev.trustportal.portal.repository.SignerDetails;
import java.util.List;

/**
 * A {@code targets/<name>} delegation other than releases, and the portal account it is linked to.
 */
public record SignerJson(String name, int threshold, List<KeyJson> keys, String account) {

  public static SignerJson of(SignerDetails signer) {
    return new SignerJson(
        signer.name(),
        signer.threshold(),
        signer.keys().stream().map(KeyJson::of).toList(),
        signer.account().orElse(null));
  }
}
