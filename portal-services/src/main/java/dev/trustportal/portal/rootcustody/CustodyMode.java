package dev.trustportal.portal.rootcustody;

import java.util.Locale;

/** Who holds an organisation's root keys. */
public enum CustodyMode {
  /** The portal, sealed under the platform's key-encryption key (the default). */
  SERVER,
  /**
   * The owners: one root key per custodian, each wrapped for that custodian's security key, M of N
   * sign.
   */
  OWNERS;

  /**
   * The mode a caller named, in any case.
   *
   * @throws InvalidCustodyException for anything but SERVER or OWNERS
   */
  public static CustodyMode named(String name) {
    String mode = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
    try {
      return valueOf(mode);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidCustodyException("mode '" + mode + "' is neither SERVER nor OWNERS");
    }
  }
}
