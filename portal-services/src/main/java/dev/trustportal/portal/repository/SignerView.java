package dev.trustportal.portal.repository;

import java.util.List;

/**
 * A signer: a {@code targets/<name>} delegation other than releases, shown by its short name, with how
 * many of its keys must sign.
 */
public record SignerView(String name, int threshold, List<KeyView> keys) {

  public SignerView {
    keys = List.copyOf(keys);
  }
}
