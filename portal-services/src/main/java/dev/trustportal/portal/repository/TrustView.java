package dev.trustportal.portal.repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A repository's trust data as notary-server serves it, fetched and verified live: the top-level roles
 * (and {@code targets/releases}) with thresholds and expiry, the signers ({@code targets/<name>}
 * delegations) with their keys and linked accounts, and the tags their roles carry with how each verified.
 */
public record TrustView(String gun, List<RoleView> roles, List<SignerView> signers, List<TagView> tags) {

  public TrustView {
    roles = List.copyOf(roles);
    signers = List.copyOf(signers);
    tags = List.copyOf(tags);
  }

  /** The same view with each signer's linked account, by signer name. */
  public TrustView withAccounts(Map<String, String> accounts) {
    List<SignerView> linked =
        signers.stream().map(s -> s.withAccount(Optional.ofNullable(accounts.get(s.name())))).toList();
    return new TrustView(gun, roles, linked, tags);
  }
}
