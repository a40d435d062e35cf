package dev.trustportal.portal.expiry;

import dev.trustportal.portal.pinning.Divergences;
import dev.trustportal.portal.repository.Repositories;
import dev.trustportal.portal.repository.Repository;
import dev.trustportal.portal.tenancy.Tenancy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the watcher found in a repository's trust data, for every member of its organisation: its
 * divergence (kept on the repository until support resolves it) first, then the findings of its
 * last read.
 */
@Stateless
@PermitAll
public class RepositoryFindings {

  // Field injection: EJBs need a no-argument constructor.
  @Inject Tenancy tenancy;
  @Inject Repositories repositories;
  @Inject WatchStore store;
  @Inject Divergences divergences;

  /** The findings and when the watcher last read the repository (empty: not yet). */
  public record Report(String gun, Optional<Instant> checkedAt, List<Finding> findings) {}

  /**
   * @throws dev.trustportal.portal.tenancy.OrganisationNotFoundException for a caller who is no
   *     member (404, as everywhere)
   * @throws dev.trustportal.portal.repository.RepositoryNotFoundException if there is no such
   *     repository
   */
  public Report of(String organisation, String repository) {
    Repository target =
        repositories.existing(tenancy.organisationToWorkIn(organisation), repository);
    String gun = target.gun().value();
    List<Finding> findings = new ArrayList<>();
    Optional<Instant> checked = store.readAt(gun);
    divergences
        .finding(target.gun())
        .ifPresent(
            finding ->
                findings.add(
                    new Finding(
                        FindingKind.DIVERGED,
                        "",
                        finding,
                        store.divergedAt(gun).orElse(Instant.EPOCH))));
    findings.addAll(store.findings(gun));
    return new Report(gun, checked, findings);
  }
}
