package dev.trustportal.portal.support;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.verify.TrustedRepository;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.custody.HeldKey;
import dev.trustportal.portal.custody.HeldKeys;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.pinning.DivergedRepository;
import dev.trustportal.portal.pinning.Divergences;
import dev.trustportal.portal.pinning.RepositoryDivergedException;
import dev.trustportal.portal.pinning.TrustPins;
import dev.trustportal.portal.repository.Repository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The support desk's search: repositories of every organisation by a part of their GUN, each with
 * its trust health, read live from notary-server for the page asked for only, against the
 * repository's pinned trust (a divergence found so is recorded as the watcher records one: one
 * source for the diverged repositories the desk lists). Crossing tenants is what this is for, so
 * every search is audited: on the platform chain, and in the chain of each organisation whose
 * repositories it showed, so that its owners see who looked.
 */
@Stateless
@DeclareRoles({Roles.SUPPORT, Roles.PLATFORM_ADMIN})
@RolesAllowed({Roles.SUPPORT, Roles.PLATFORM_ADMIN})
public class SupportSearch {

  static final String SEARCHED = "support.search";
  static final String VIEWED = "support.health.viewed";
  private static final List<RoleName> HELD_ROLES = List.of(RoleName.ROOT, RoleName.TARGETS);

  // Field injection: EJBs need a no-argument constructor.
  @Inject AllRepositories repositories;
  @Inject HeldKeys heldKeys;
  @Inject TrustPins trustPins;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject CallerContext caller;
  @Inject CaseCallers callers;
  @Inject Divergences divergences;
  @Inject SupportCases cases;

  /**
   * One page of the repositories whose GUN contains {@code gunPart} (blank: all), ordered by GUN,
   * each with its findings.
   *
   * @throws SupportStaffOnlyException for a caller signed in with an API token
   */
  public Page<RepositoryHealth> search(String gunPart, PageRequest request) {
    // An API token never crosses tenants, whoever holds it.
    callers.requireStaff("search the repositories of every organisation");
    String part = gunPart == null ? "" : gunPart.strip();
    List<Repository> found = repositories.page(part, request);
    Checks checks = new Checks(clock.instant());
    Map<String, Long> open =
        cases.openCasesByGun(found.stream().map(r -> r.gun().value()).toList());
    List<RepositoryHealth> items =
        found.stream()
            .map(checks::health)
            .map(health -> health.withOpenCases(open.getOrDefault(health.gun(), 0L)))
            .toList();
    record(part, items);
    return new Page<>(items, request.page(), request.size(), repositories.count(part));
  }

  /**
   * The repositories whose trust data diverged from the pinned trust, the most recent first (at
   * most {@value PageRequest#MAX_SIZE}); audited on the platform chain as a search.
   *
   * @throws SupportStaffOnlyException for a caller signed in with an API token
   */
  public List<DivergedRepository> diverged() {
    callers.requireStaff("list the diverged repositories of every organisation");
    List<DivergedRepository> items = divergences.all(PageRequest.MAX_SIZE);
    audit.record(
        AuditRecord.platform(
            caller.username(),
            SEARCHED,
            "diverged repositories",
            Outcome.SUCCEEDED,
            items.size() + " diverged repositories listed."));
    return items;
  }

  /**
   * The health checks of one search; once notary-server is unreachable, the rest of the page is
   * too.
   */
  private final class Checks {

    private final Instant now;
    private Optional<String> unreachable = Optional.empty();

    Checks(Instant now) {
      this.now = now;
    }

    RepositoryHealth health(Repository repository) {
      List<HealthFinding> findings =
          repository
              .divergence()
              .map(
                  found ->
                      List.of(
                          new HealthFinding(
                              HealthFinding.Kind.DIVERGED, repository.gun().value(), found)))
              .orElseGet(() -> findings(repository.gun()));
      return new RepositoryHealth(
          repository.organisation().name().value(),
          repository.name().value(),
          repository.gun().value(),
          findings);
    }

    private List<HealthFinding> findings(Gun gun) {
      if (unreachable.isPresent()) {
        return List.of(
            new HealthFinding(
                HealthFinding.Kind.NOTARY_UNREACHABLE, gun.value(), unreachable.get()));
      }
      try {
        // Against the pins, as every other read: a rollback or a foreign root is a divergence,
        // recorded where the watcher records its own, not a healthy repository.
        TrustedRepository trusted = trustPins.read(gun);
        return TrustHealth.of(trusted, heldKeysOf(gun), now);
      } catch (RepositoryDivergedException diverged) {
        return List.of(
            new HealthFinding(
                HealthFinding.Kind.DIVERGED, gun.value(), String.valueOf(diverged.arguments()[1])));
      } catch (PortalException failure) {
        return List.of(finding(gun, failure));
      }
    }

    private HealthFinding finding(Gun gun, PortalException failure) {
      if (failure.kind() == PortalException.Kind.UPSTREAM_UNAVAILABLE) {
        String reason = String.valueOf(failure.arguments()[0]);
        unreachable = Optional.of(reason);
        return new HealthFinding(HealthFinding.Kind.NOTARY_UNREACHABLE, gun.value(), reason);
      }
      // TrustDataInvalidException: (gun, reason), the reason naming the role and the failed check.
      Object[] arguments = failure.arguments();
      String reason = arguments.length > 1 ? String.valueOf(arguments[1]) : failure.getMessage();
      return new HealthFinding(HealthFinding.Kind.VERIFICATION_FAILED, gun.value(), reason);
    }
  }

  private Map<RoleName, KeyId> heldKeysOf(Gun gun) {
    Map<RoleName, KeyId> newest = new LinkedHashMap<>();
    for (RoleName role : HELD_ROLES) {
      List<HeldKey> held = heldKeys.find(gun, role);
      if (!held.isEmpty()) {
        newest.put(role, held.get(held.size() - 1).ref().keyId());
      }
    }
    return newest;
  }

  private void record(String part, List<RepositoryHealth> shown) {
    String actor = caller.username();
    String target = "gun contains '" + part + "'";
    audit.record(
        AuditRecord.platform(
            actor,
            SEARCHED,
            target,
            Outcome.SUCCEEDED,
            shown.size() + " repositories shown: " + guns(shown)));
    Map<String, List<RepositoryHealth>> byOrganisation =
        shown.stream()
            .collect(
                Collectors.groupingBy(
                    RepositoryHealth::organisation, LinkedHashMap::new, Collectors.toList()));
    byOrganisation.forEach(
        (organisation, items) ->
            audit.record(
                new AuditRecord(
                    organisation,
                    actor,
                    VIEWED,
                    guns(items),
                    Outcome.SUCCEEDED,
                    "Trust health read by the support desk (search: " + target + ").")));
  }

  private static String guns(List<RepositoryHealth> items) {
    return items.stream().map(RepositoryHealth::gun).collect(Collectors.joining(", "));
  }
}
