package dev.trustportal.portal.securitykey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The persistence gateway of what decides whether a key counts for an organisation's approvals: the
 * confirmations of keys by fellow owners, when the organisation first required approvals, and who
 * owns it.
 */
public interface KeyConfirmations {

  Optional<KeyConfirmation> find(long keyId, String organisation);

  /**
   * Stores a confirmation of the key for the organisation; a second one for the pair changes
   * nothing.
   */
  void store(long keyId, String organisation, KeyConfirmation confirmation);

  /** When the organisation first asked an owner approval for any type of change; empty if never. */
  Optional<Instant> approvalsRequiredSince(String organisation);

  /** The names of the organisations where the person is an owner, by name. */
  List<String> ownedBy(String username);

  /** The usernames of the organisation's owners, by name. */
  List<String> owners(String organisation);
}
