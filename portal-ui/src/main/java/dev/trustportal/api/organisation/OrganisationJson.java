package dev.trustportal.api.organisation;

import dev.trustportal.portal.organisation.OrganisationSummary;
import java.time.Instant;

/** An organisation as the API shows it. */
public record OrganisationJson(String name, Instant createdAt) {

  static OrganisationJson of(OrganisationSummary summary) {
    return new OrganisationJson(summary.name(), summary.createdAt());
  }
}
