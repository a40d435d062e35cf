package dev.trustportal.portal.securitykey;

import java.util.Optional;

/**
 * Asked before a security key is removed: whether it is the custodian key of an owner of the
 * organisation (its root keys are wrapped for it alone) and fewer custodians than the threshold of
 * OWNERS custody would remain without it. Root custody implements it (it depends on security keys,
 * not the other way round).
 */
public interface CustodianKeyLosses {

  /** The loss in {@code organisation} if {@code username} no longer had key {@code keyId}. */
  Optional<CustodianKeyLoss> withoutKey(String organisation, String username, long keyId);
}
