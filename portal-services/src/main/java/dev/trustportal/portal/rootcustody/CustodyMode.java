package dev.trustportal.portal.rootcustody;

/** Who holds an organisation's root keys. */
public enum CustodyMode {
  /** The portal, sealed under the platform's key-encryption key (the default). */
  SERVER,
  /**
   * The owners: one root key per custodian, each wrapped for that custodian's security key, M of N
   * sign.
   */
  OWNERS
}
