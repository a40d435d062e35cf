package dev.trustportal.portal.repository;

import dev.trustportal.notary.verify.TrustedRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A repository's trust data as notary-server serves it, fetched and verified live: the top-level
 * roles (and {@code targets/releases}) with thresholds and expiry, the signers ({@code
 * targets/<name>} delegations) with their keys and linked accounts, and the tags their roles carry
 * with how each verified.
 */
public record TrustDetails(
    String gun, List<RoleDetails> roles, List<SignerDetails> signers, List<TagDetails> tags) {

  public TrustDetails {
    roles = List.copyOf(roles);
    signers = List.copyOf(signers);
    tags = List.copyOf(tags);
  }

  /** The view of trust data verified against its pins (without linked accounts). */
  public static TrustDetails of(TrustedRepository repository) {
    return TrustViews.of(repository);
  }

  /** The same view with each signer's linked account, by signer name. */
  public TrustDetails withAccounts(Map<String, String> accounts) {
    List<SignerDetails> linked =
        signers.stream()
            .map(s -> s.withAccount(Optional.ofNullable(accounts.get(s.name()))))
            .toList();
    return new TrustDetails(gun, roles, linked, tags);
  }
}
