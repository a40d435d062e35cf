package dev.trustportal.portal.support;

import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.repository.Repositories;
import dev.trustportal.portal.tenancy.Tenancy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The reset notice of a repository, for every member of its organisation (and consumers told by
 * them).
 */
@Stateless
@PermitAll
public class ResetNotices {

  // Field injection: EJBs need a no-argument constructor.
  @Inject Tenancy tenancy;
  @Inject Repositories repositories;
  @Inject SupportCases cases;

  /**
   * The newest reset notice of the repository; empty when it was never reset or there is no such
   * repository.
   *
   * @throws dev.trustportal.portal.organisation.OrganisationNotFoundException unless the caller is
   *     a member
   */
  public Optional<ResetNotice> forRepository(String organisation, String repository) {
    Organisation org = tenancy.organisationToWorkIn(organisation);
    return repositories.named(org, repository).flatMap(cases::newestNotice);
  }
}
