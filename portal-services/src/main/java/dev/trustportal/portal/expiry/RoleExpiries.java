package dev.trustportal.portal.expiry;

import dev.trustportal.notary.verify.TrustedRepository;
import dev.trustportal.portal.repository.TrustDetails;
import java.util.ArrayList;
import java.util.List;

/**
 * The expiries a repository's trust data states, of every role and delegation it verified. Pure.
 */
final class RoleExpiries {

  private RoleExpiries() {}

  static List<RoleExpiry> of(TrustedRepository trust) {
    List<RoleExpiry> expiries = new ArrayList<>();
    expiries.add(new RoleExpiry("root", trust.root().signed().expires()));
    expiries.add(new RoleExpiry("targets", trust.targets().signed().expires()));
    expiries.add(new RoleExpiry("snapshot", trust.snapshot().signed().expires()));
    trust
        .delegations()
        .forEach(
            (name, metadata) ->
                expiries.add(new RoleExpiry(name.value(), metadata.signed().expires())));
    return expiries;
  }

  /** The expiries the organisation's radar lists: all but timestamp, notary-server's own. */
  static List<RoleExpiry> onRadar(List<RoleExpiry> roles) {
    return roles.stream().filter(role -> !role.role().equals("timestamp")).toList();
  }

  /** The expiries the trust page shows: its roles, and the delegations among them. */
  static List<RoleExpiry> of(TrustDetails trust) {
    return trust.roles().stream()
        .filter(role -> role.expires().isPresent())
        .map(role -> new RoleExpiry(role.name(), role.expires().orElseThrow()))
        .toList();
  }
}
