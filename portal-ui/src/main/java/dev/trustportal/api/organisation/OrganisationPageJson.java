package dev.trustportal.api.organisation;

import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.organisation.OrganisationSummary;
import java.util.List;

/** One page of organisations, with the total count. */
public record OrganisationPageJson(List<OrganisationJson> items, int page, int size, long total) {

  static OrganisationPageJson of(Page<OrganisationSummary> page) {
    return new OrganisationPageJson(
        page.items().stream().map(OrganisationJson::of).toList(),
        page.page(),
        page.size(),
        page.total());
  }
}
