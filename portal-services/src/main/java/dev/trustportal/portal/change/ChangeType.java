package dev.trustportal.portal.change;

import dev.trustportal.portal.approval.ApprovableType;

/**
 * The kinds of change of trust a person can request. {@link #usesRootKey()} says whether publishing
 * it signs with the repository's root key; the approval policy of an organisation may demand more
 * (or stronger) approvals for those, and the support desk's reset cases are such changes.
 */
public enum ChangeType implements ApprovableType {
  ADD_SIGNER(false),
  REMOVE_SIGNER(false),
  ADD_SIGNER_KEY(false),
  REMOVE_SIGNER_KEY(false),
  SET_THRESHOLD(false),
  /**
   * Generates a new repository's root and targets keys and publishes its first trust data, signing
   * root.json with the new root key. An organisation whose policy asks no approval for it (the
   * default) initialises at once, when the repository is created.
   */
  INITIALISE_REPOSITORY(true),
  /**
   * Re-signs targets, or root where the portal holds its key, unchanged, before it expires. Filed
   * by the watcher, never by a person, and published without approval: no organisation's policy
   * applies to it ({@link #approvable()}). A root re-signing uses the root key, but names the same
   * keys and thresholds as the root the owners have: it changes no trust.
   */
  RESIGN(false);

  private final boolean usesRootKey;

  ChangeType(boolean usesRootKey) {
    this.usesRootKey = usesRootKey;
  }

  /**
   * Whether publishing the change signs root.json with the root key held by the portal
   * (initialising a repository; a targets key rotation or a trust reset, when they come); the
   * others only re-sign targets.
   */
  public boolean usesRootKey() {
    return usesRootKey;
  }

  /**
   * The owners it needs while an organisation has not set a number: 1 for root-key operations,
   * except initialising a repository, which stays 0 (at once, as it did before approvals existed)
   * until an owner raises it, so that organisations and scripts of before keep working.
   */
  @Override
  public int defaultApprovals() {
    return usesRootKey && this != INITIALISE_REPOSITORY ? 1 : 0;
  }

  /** Whether an organisation's approval policy sets a number for it: every type but RESIGN. */
  public boolean approvable() {
    return this != RESIGN;
  }

  /** The fewest owners a set number may ask: root-key operations at least 1. */
  @Override
  public int minimumApprovals() {
    return usesRootKey ? 1 : 0;
  }
}
