package dev.trustportal.portal.repository;

import java.util.List;

/**
 * A repository's trust data as notary-server serves it, fetched and verified live: the top-level roles
 * (and {@code targets/releases}) with thresholds and expiry, the signers ({@code targets/<name>}
 * delegations) with their keys, and the tags their signed roles carry.
 */
public record TrustView(String gun, List<RoleView> roles, List<SignerView> signers, List<TagView> tags) {

  public TrustView {
    roles = List.copyOf(roles);
    signers = List.copyOf(signers);
    tags = List.copyOf(tags);
  }
}
