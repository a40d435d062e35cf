package dev.trustportal.portal.expiry;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.membership.CallerAccess;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.membership.TenantGuard;
import dev.trustportal.portal.repository.Resigning;
import dev.trustportal.portal.signer.SignerLinks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The expiry radar of an organisation's overview: its repositories' roles by time left, the nearest
 * first, as the radar read them last (every member of the organisation reads it); and the
 * delegations only their signers can re-sign that expire within the warning window, for the owners
 * and the accounts linked to those signers.
 */
@Stateless
@PermitAll
public class OrganisationRadar {

  private static final String SIGNER_PREFIX = "targets/";
  private static final String RELEASES = "targets/releases";

  // Field injection: EJBs need a no-argument constructor.
  @Inject TenantGuard tenancy;
  @Inject RoleExpiryLedger ledger;
  @Inject SignerLinks links;
  @Inject ExpirySettings settings;
  @Inject Clock clock;

  /** The first {@code limit} roles by time left; {@link RadarPage#total()} counts them all. */
  public RadarPage nearest(String organisation, int limit) {
    return page(
        organisation, new PageRequest(0, Math.max(1, Math.min(limit, PageRequest.MAX_SIZE))));
  }

  /** One page of the radar, the nearest expiry first, for the REST API. */
  public RadarPage page(String organisation, PageRequest request) {
    tenancy.requireRole(organisation);
    Instant now = clock.instant();
    List<RadarEntry> entries =
        ledger.nearest(organisation, request.offset(), request.size()).stream()
            .map(row -> entry(row, now))
            .toList();
    return new RadarPage(entries, ledger.count(organisation));
  }

  /**
   * The organisation's delegations expiring within the window that the caller must re-sign or see
   * re-signed: all of them for owners, those of signers linked to the caller for others.
   */
  public List<DelegationWarning> delegationsToResign(String organisation) {
    CallerAccess access = tenancy.requireRole(organisation);
    Instant now = clock.instant();
    Instant before = now.plus(settings.window().warning());
    return ledger.delegationsBefore(organisation, before).stream()
        .map(row -> warning(row, links.published(row.gun()), access, now))
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<DelegationWarning> warning(
      RoleExpiryLedger.Row row, Map<String, String> linked, CallerAccess access, Instant now) {
    List<String> signers =
        row.role().equals(RELEASES)
            ? List.copyOf(linked.keySet())
            : List.of(row.role().substring(SIGNER_PREFIX.length()));
    boolean concerned =
        access.mayActAs(MemberRole.OWNER)
            || signers.stream().anyMatch(s -> access.username().equals(linked.get(s)));
    if (!concerned) {
      return Optional.empty();
    }
    return Optional.of(
        new DelegationWarning(
            row.repository(),
            row.gun(),
            row.role(),
            row.expires(),
            ExpiryWindow.daysLeft(row.expires(), now),
            signers.stream().sorted().toList(),
            Resigning.witness(row.gun(), row.role())));
  }

  private static RadarEntry entry(RoleExpiryLedger.Row row, Instant now) {
    return new RadarEntry(
        row.repository(),
        row.gun(),
        row.role(),
        row.expires(),
        ExpiryWindow.daysLeft(row.expires(), now),
        ExpiryBand.of(row.expires(), now),
        row.role().startsWith(SIGNER_PREFIX));
  }
}
