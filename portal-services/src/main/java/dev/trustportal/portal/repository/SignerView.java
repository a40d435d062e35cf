package dev.trustportal.portal.repository;

import java.util.List;

/** A signer: a {@code targets/<name>} delegation other than releases, shown by its short name. */
public record SignerView(String name, List<KeyView> keys) {

  public SignerView {
    keys = List.copyOf(keys);
  }
}
