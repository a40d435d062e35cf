package dev.trustportal.portal.securitykey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The persistence gateway of security keys and of the challenges of their ceremonies. */
public interface SecurityKeys {

  /**
   * Stores a new key and flushes it.
   *
   * @throws DuplicateSecurityKeyNameException if the owner has a key of the name, or the credential
   *     is registered
   */
  void store(SecurityKey key);

  Optional<SecurityKey> find(long id);

  Optional<SecurityKey> findByCredentialId(String credentialId);

  List<SecurityKey> ownedBy(String username);

  void remove(SecurityKey key);

  /** Marks a key as possibly cloned, in the caller's transaction. */
  void markPossiblyCloned(long id);

  /** Every key not yet suspended by the FIDO metadata, of all accounts. */
  List<SecurityKey> notSuspended();

  /**
   * Suspends a key with a reason, in the caller's transaction, unless it is suspended already.
   *
   * @return whether this call suspended it (false when another did before)
   */
  boolean suspend(long id, String reason);

  /**
   * The names of the organisations the person is a member of, whose audit chains record their keys'
   * fate.
   */
  List<String> organisationsOf(String username);

  /**
   * The purposes a challenge is issued for; the subject ID names a change (APPROVAL), a support
   * case (CASE_APPROVAL) or a change of an approval policy (POLICY_APPROVAL). A touch that proves
   * presence binds its subject through the nonce: the key to remove (REMOVAL), the registration
   * that adds a key (KEY_ADDITION), the organisation and fellow owner's key confirmed
   * (KEY_CONFIRMATION).
   */
  enum Purpose {
    REGISTRATION,
    APPROVAL,
    CASE_APPROVAL,
    REMOVAL,
    POLICY_APPROVAL,
    KEY_ADDITION,
    KEY_CONFIRMATION,
    PRF_ENROLMENT,
    CUSTODY_APPROVAL,
    ROOT_CEREMONY,
    ROLE_APPROVAL
  }

  void storeChallenge(
      String username,
      Purpose purpose,
      Long changeId,
      byte[] challenge,
      byte[] nonce,
      Instant expires);

  /**
   * Deletes the challenge if it was issued to the person for the purpose (and change) and has not
   * expired.
   *
   * @return its nonce (empty bytes when it has none), or empty if there was no such challenge
   */
  Optional<byte[]> consumeChallenge(
      String username, Purpose purpose, Long changeId, byte[] challenge, Instant now);
}
