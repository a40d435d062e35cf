package dev.trustportal.api.platform;

import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.tenancy.PlatformOrganisation;
import java.util.List;

/** One page of the platform's list of all organisations, with the total count. */
public record PlatformOrganisationPageJson(
    List<PlatformOrganisationJson> items, int page, int size, long total) {

  static PlatformOrganisationPageJson of(Page<PlatformOrganisation> page) {
    return new PlatformOrganisationPageJson(
        page.items().stream().map(PlatformOrganisationJson::of).toList(),
        page.page(),
        page.size(),
        page.total());
  }
}
