package dev.trustportal.api.change;

import dev.trustportal.portal.change.ChangeDetails;
import dev.trustportal.portal.common.Page;
import java.util.List;

/** One page of change requests, newest first, with the total count of those matching the filter. */
public record ChangePageJson(List<ChangeJson> items, int page, int size, long total) {

  static ChangePageJson of(Page<ChangeDetails> page) {
    return new ChangePageJson(
        page.items().stream().map(ChangeJson::of).toList(), page.page(), page.size(), page.total());
  }
}
