package dev.trustportal.portal.change;

import dev.trustportal.notary.publish.Change;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.portal.repository.TrustEffect;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the bridge's changes of a change request do to the delegations, as {@link TrustEffect}: the
 * very changes publishing would upload, so a dry run cannot judge a different change. Pure.
 */
final class ChangeEffects {

  private ChangeEffects() {}

  static TrustEffect of(List<Change> changes) {
    TrustEffect effect = TrustEffect.NONE;
    for (Change change : changes) {
      effect = with(effect, change);
    }
    return effect;
  }

  private static TrustEffect with(TrustEffect effect, Change change) {
    if (change instanceof Change.RemoveDelegation removed) {
      return effect.withRemovedRole(removed.role().value());
    }
    if (change instanceof Change.RemoveDelegationKeys keys) {
      return effect.withRemovedKeys(
          keys.role().value(),
          keys.keyIds().stream().map(KeyId::value).collect(Collectors.toSet()));
    }
    if (change instanceof Change.SetThreshold threshold) {
      return effect.withThreshold(threshold.role().value(), threshold.threshold());
    }
    return effect;
  }
}
