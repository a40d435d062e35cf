package dev.trustportal.portal.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A signer: a {@code targets/<name>} delegation other than releases, shown by its short name, with
 * how many of its keys must sign, and the portal account it is linked to (the one that asked for
 * it, or the one an admin named), if any, and when its role's metadata expires (empty if it was
 * never uploaded). Only the signer's keys can re-sign that role: the portal cannot.
 */
public record SignerDetails(
    String name,
    int threshold,
    List<KeyDetails> keys,
    Optional<String> account,
    Optional<Instant> expires) {

  public SignerDetails {
    keys = List.copyOf(keys);
  }

  public SignerDetails(
      String name, int threshold, List<KeyDetails> keys, Optional<String> account) {
    this(name, threshold, keys, account, Optional.empty());
  }

  public SignerDetails withAccount(Optional<String> linked) {
    return new SignerDetails(name, threshold, keys, linked, expires);
  }

  /** The role of the signer's own delegation, {@code targets/<name>}. */
  public String role() {
    return "targets/" + name;
  }
}
