package dev.trustportal.portal.organisation;

import java.time.Instant;

/** What callers outside portal-services see of an organisation. */
public record OrganisationSummary(String name, Instant createdAt) {

  public static OrganisationSummary of(Organisation organisation) {
    return new OrganisationSummary(organisation.name().value(), organisation.createdAt());
  }
}
