package dev.trustportal.portal.expiry;

import dev.trustportal.portal.membership.CallerAccess;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.repository.Resigning;
import dev.trustportal.portal.repository.SignerDetails;
import dev.trustportal.portal.repository.TrustDetails;
import dev.trustportal.portal.repository.TrustWords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the trust page warns of: the roles it shows that expire within the radar's window, the
 * nearest first, with the days left. The same window as the radar's announcements.
 */
@ApplicationScoped
public class ExpiryWarnings {

  private final ExpirySettings settings;
  private final Clock clock;

  @Inject
  ExpiryWarnings(ExpirySettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** For the CDI client proxy only. */
  protected ExpiryWarnings() {
    this(null, null);
  }

  public List<ExpiringRole> of(TrustDetails trust) {
    return settings.window().expiring(RoleExpiries.of(trust), clock.instant());
  }

  /**
   * The delegations of the repository that only their signers can re-sign and that expire within
   * the window (or have expired), for the owners and the accounts linked to their signers; empty
   * for everybody else.
   */
  public List<DelegationWarning> delegations(
      String repository, TrustDetails trust, CallerAccess caller) {
    Instant now = clock.instant();
    List<RoleExpiry> delegations = new ArrayList<>();
    trust.roles().stream()
        .filter(r -> r.name().startsWith("targets/") && r.expires().isPresent())
        .forEach(r -> delegations.add(new RoleExpiry(r.name(), r.expires().orElseThrow())));
    trust.signers().stream()
        .filter(s -> s.expires().isPresent())
        .forEach(s -> delegations.add(new RoleExpiry(s.role(), s.expires().orElseThrow())));
    return settings.window().expiring(delegations, now).stream()
        .map(role -> warning(repository, trust, role, caller))
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<DelegationWarning> warning(
      String repository, TrustDetails trust, ExpiringRole role, CallerAccess caller) {
    List<String> signers = TrustWords.signersOf(trust, role.role());
    boolean linked =
        trust.signers().stream()
            .filter(s -> signers.contains(s.name()))
            .map(SignerDetails::account)
            .flatMap(Optional::stream)
            .anyMatch(caller.username()::equals);
    if (!linked && !caller.mayActAs(MemberRole.OWNER)) {
      return Optional.empty();
    }
    return Optional.of(
        new DelegationWarning(
            repository,
            trust.gun(),
            role.role(),
            role.expires(),
            role.daysLeft(),
            signers,
            Resigning.witness(trust.gun(), role.role())));
  }
}
