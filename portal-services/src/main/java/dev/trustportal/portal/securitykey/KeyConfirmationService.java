package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.membership.TenantGuard;
import dev.trustportal.portal.securitykey.SecurityKeys.Purpose;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Owners vouch for each other's new security keys: an owner sees the keys of the organisation's
 * owners and where each stands, and confirms a fellow owner's new key with a touch of their own
 * key, which must count for the organisation itself. From then on the key counts for the
 * organisation's approvals, before its cooling-off period ends. Audited in the chain of every
 * organisation the key's owner owns.
 */
@Stateless
@PermitAll
public class KeyConfirmationService {

  // Field injection: EJBs need a no-argument constructor.
  @Inject SecurityKeys keys;
  @Inject KeyConfirmations confirmations;
  @Inject KeyStandings standings;
  @Inject KeyPresence presence;
  @Inject KeyEvents events;
  @Inject TenantGuard tenancy;
  @Inject CallerContext caller;
  @Inject Clock clock;

  /**
   * The keys of the organisation's owners, by owner then age, each with its standing; owners only.
   */
  public List<OwnerKeySummary> ownersKeys(String organisation) {
    tenancy.requireRole(organisation, MemberRole.OWNER);
    Instant now = clock.instant();
    return confirmations.owners(organisation).stream()
        .flatMap(owner -> keys.ownedBy(owner).stream())
        .map(key -> view(organisation, key, now))
        .toList();
  }

  /**
   * A challenge for the caller (an owner) to confirm a fellow owner's key with a touch of their
   * own.
   */
  public AssertionOptions confirmationChallenge(String organisation, long keyId) {
    fellowOwnersKey(organisation, keyId);
    return presence.challenge(Purpose.KEY_CONFIRMATION, subject(organisation, keyId));
  }

  /**
   * Confirms a fellow owner's key for the organisation, if one of the caller's keys that counts for
   * it signed the challenge of {@link #confirmationChallenge}.
   *
   * @throws OwnKeyConfirmationException for the caller's own key
   * @throws KeyCoolingOffException when the caller's key does not count for the organisation itself
   * @throws AssertionRefusedException saying why the touch does not count
   */
  public OwnerKeySummary confirm(String organisation, long keyId, String assertionJson) {
    SecurityKey key = fellowOwnersKey(organisation, keyId);
    Instant now = clock.instant();
    SecurityKey own =
        presence.verify(Purpose.KEY_CONFIRMATION, subject(organisation, keyId), assertionJson);
    // Only a key that counts vouches: two stolen passwords must not confirm each other's new keys.
    standings.requireCountsFor(own, organisation, now);
    confirmations.store(keyId, organisation, new KeyConfirmation(caller.username(), now));
    events.record(
        caller.username(),
        key.username(),
        "security_key.confirmed",
        key.name(),
        "Security key '"
            + key.name()
            + "' of "
            + key.username()
            + " confirmed for "
            + organisation
            + " by "
            + caller.username()
            + " with security key '"
            + own.name()
            + "'; it counts for "
            + organisation
            + "'s approvals from now on.");
    return view(organisation, key, now);
  }

  private SecurityKey fellowOwnersKey(String organisation, long keyId) {
    if (caller.token().isPresent()) {
      throw new SecurityKeyByTokenException();
    }
    tenancy.requireRole(organisation, MemberRole.OWNER);
    SecurityKey key =
        keys.find(keyId)
            .filter(k -> confirmations.owners(organisation).contains(k.username()))
            .orElseThrow(() -> new FellowOwnerKeyNotFoundException(organisation, keyId));
    if (key.username().equals(caller.username())) {
      throw new OwnKeyConfirmationException(key.name());
    }
    return key;
  }

  private OwnerKeySummary view(String organisation, SecurityKey key, Instant now) {
    return new OwnerKeySummary(
        key.id(),
        key.username(),
        key.name(),
        key.createdAt(),
        key.username().equals(caller.username()),
        KeyStandingSummary.of(organisation, standings.of(key, organisation), now));
  }

  private static byte[] subject(String organisation, long keyId) {
    return ("confirmation:" + organisation + ":" + keyId).getBytes(StandardCharsets.UTF_8);
  }
}
