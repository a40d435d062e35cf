package dev.trustportal.portal.worklist;

import dev.trustportal.portal.repository.RoleDetails;
import dev.trustportal.portal.repository.TagDetails;
import dev.trustportal.portal.repository.TrustDetails;
import dev.trustportal.portal.support.TrustHealth;
import java.time.Instant;

/** What a list shows of verified trust data: signed tags, signers and one state. Pure. */
record TrustSummary(int signedTags, int signers, RepositoryTrustState state) {

  static TrustSummary of(TrustDetails trust, Instant now) {
    int signed =
        (int)
            trust.tags().stream()
                .filter(TagDetails::verified)
                .map(TagDetails::name)
                .distinct()
                .count();
    return new TrustSummary(signed, trust.signers().size(), state(trust, now));
  }

  /** The most urgent trouble first, as the support desk orders its findings. */
  private static RepositoryTrustState state(TrustDetails trust, Instant now) {
    if (trust.tags().stream().anyMatch(tag -> !tag.verified())) {
      return RepositoryTrustState.TAGS_NOT_VERIFIED;
    }
    if (trust.roles().stream().anyMatch(role -> role.keyIds().size() < role.threshold())) {
      return RepositoryTrustState.THRESHOLD_UNMET;
    }
    Instant warnFrom = now.plus(TrustHealth.WARNING_PERIOD);
    if (trust.roles().stream()
        .filter(TrustSummary::signedWithLastingKeys)
        .anyMatch(
            role -> role.expires().filter(expires -> expires.isBefore(warnFrom)).isPresent())) {
      return RepositoryTrustState.EXPIRING;
    }
    return RepositoryTrustState.HEALTHY;
  }

  /** Timestamp lives 14 days and notary-server re-signs it itself: its expiry is no trouble. */
  private static boolean signedWithLastingKeys(RoleDetails role) {
    return !role.name().equals("timestamp");
  }
}
