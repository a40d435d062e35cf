package dev.trustportal.portal.change;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.tuf.DelegatedRole;
import dev.trustportal.notary.tuf.Delegations;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.verify.TrustedRepository;
import dev.trustportal.portal.signer.SignerName;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The delegations of a repository's {@code targets} role as notary-server serves them now: the
 * roles {@code targets/releases} and {@code targets/<signer>} with their keys. Changes are checked
 * against it and translated with it; nested delegations are not the portal's business and are left
 * alone.
 */
public record CurrentTrust(Map<KeyId, Key> keys, List<DelegatedRole> roles) {

  public CurrentTrust {
    keys = Map.copyOf(keys);
    roles = List.copyOf(roles);
  }

  public static CurrentTrust of(TrustedRepository repository) {
    return of(repository.targets().signed().delegations());
  }

  public static CurrentTrust of(Delegations delegations) {
    return new CurrentTrust(delegations.keys(), delegations.roles());
  }

  public Optional<DelegatedRole> role(RoleName name) {
    return roles.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /** The key IDs of a role, empty if there is no such role. */
  public List<KeyId> keyIdsOf(RoleName name) {
    return role(name).map(DelegatedRole::keyIds).orElse(List.of());
  }

  /**
   * The signers: every top-level delegation but {@code targets/releases} whose name is a signer
   * name.
   */
  public List<SignerName> signers() {
    return roles.stream().map(r -> SignerName.ofRole(r.name())).flatMap(Optional::stream).toList();
  }

  /**
   * The ID under which a key is in the role, found by that ID or by the key's canonical ID
   * (notary's CLI prints the canonical one for certificates, facts §6).
   */
  public Optional<KeyId> resolve(RoleName role, KeyId idOrCanonical) {
    return keyIdsOf(role).stream()
        .filter(
            id ->
                id.equals(idOrCanonical) || canonical(id).map(idOrCanonical::equals).orElse(false))
        .findFirst();
  }

  /**
   * Whether a signer other than {@code except} has the key, so it must stay in {@code
   * targets/releases}.
   */
  public boolean usedByOtherSigner(KeyId id, SignerName except) {
    return signers().stream()
        .filter(s -> !s.equals(except))
        .anyMatch(s -> keyIdsOf(s.role()).contains(id));
  }

  Optional<KeyId> canonical(KeyId id) {
    return Optional.ofNullable(keys.get(id)).map(KeyIds::canonical);
  }
}
