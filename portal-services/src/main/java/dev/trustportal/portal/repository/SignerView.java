package dev.trustportal.portal.repository;

import java.util.List;
import java.util.Optional;

/**
 * A signer: a {@code targets/<name>} delegation other than releases, shown by its short name, with how
 * many of its keys must sign, and the portal account it is linked to (the one that asked for it, or the
 * one an admin named), if any.
 */
public record SignerView(String name, int threshold, List<KeyView> keys, Optional<String> account) {

  public SignerView {
    keys = List.copyOf(keys);
  }

  public SignerView withAccount(Optional<String> linked) {
    return new SignerView(name, threshold, keys, linked);
  }
}
