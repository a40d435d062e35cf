package dev.trustportal.api.support;

import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.support.CaseDetails;
import java.util.List;

/** One page of support cases, newest first, with the total of those matching the filter. */
public record CasePageJson(List<CaseJson> items, int page, int size, long total) {

  static CasePageJson of(Page<CaseDetails> page) {
    return new CasePageJson(
        page.items().stream().map(CaseJson::of).toList(), page.page(), page.size(), page.total());
  }
}
