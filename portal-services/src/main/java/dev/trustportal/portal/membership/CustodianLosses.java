package dev.trustportal.portal.membership;

import dev.trustportal.portal.organisation.Organisation;
import java.util.Optional;

/**
 * Asked before a member stops being an owner (removed or demoted): whether they are a custodian of
 * root keys whose departure leaves fewer custodians than the threshold. Root custody implements it
 * (it depends on membership, not the other way round).
 */
public interface CustodianLosses {

  /** The loss if {@code username} stopped being an owner of {@code org} now; empty if none. */
  Optional<CustodianLoss> withoutOwner(Organisation org, String username);
}
