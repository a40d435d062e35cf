package dev.trustportal.portal.repository;

import java.util.List;
import java.util.Optional;

/**
 * A signer: a {@code targets/<name>} delegation other than releases, shown by its short name, with
 * how many of its keys must sign, and the portal account it is linked to (the one that asked for
 * it, or the one an admin named), if any.
 */
public record SignerDetails(
    String name, int threshold, List<KeyDetails> keys, Optional<String> account) {

  public SignerDetails {
    keys = List.copyOf(keys);
  }

  public SignerDetails withAccount(Optional<String> linked) {
    return new SignerDetails(name, threshold, keys, linked);
  }
}
