package dev.trustportal.portal.change;

import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.repository.KeyDetails;
import dev.trustportal.portal.repository.SignerDetails;
import java.util.Optional;

/**
 * Whether a signer's key may be removed, asked before offering Remove key: the refusal filing would
 * meet (the same rule and message as {@link TrustRules}), empty where removal may be filed. Pure.
 */
public final class KeyRemovals {

  private KeyRemovals() {}

  public static Optional<PortalException> refusal(SignerDetails signer, KeyDetails key) {
    int remaining = signer.keys().size() - 1;
    if (remaining == 0) {
      return Optional.of(ThresholdBreakException.lastKeyOfSigner(signer.name(), key.id()));
    }
    if (remaining < signer.threshold()) {
      return Optional.of(
          ThresholdBreakException.belowThreshold(
              new RoleName("targets/" + signer.name()), signer.threshold(), remaining));
    }
    return Optional.empty();
  }
}
