package dev.trustportal.api.platform;

import dev.trustportal.portal.tenancy.PlatformOrganisation;
import java.time.Instant;

/** An organisation as the platform's list shows it: no more than its name, age and head counts. */
public record PlatformOrganisationJson(String name, Instant createdAt, long members, long owners) {

  static PlatformOrganisationJson of(PlatformOrganisation organisation) {
    return new PlatformOrganisationJson(
        organisation.name(),
        organisation.createdAt(),
        organisation.members(),
        organisation.owners());
  }
}
