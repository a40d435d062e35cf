package dev.trustportal.api.repository;

import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.repository.RepositorySummary;
import java.util.List;

/** One page of repositories, with the total count of those matching the filter. */
public record RepositoryPageJson(List<RepositoryJson> items, int page, int size, long total) {

  static RepositoryPageJson of(Page<RepositorySummary> page) {
    return new RepositoryPageJson(
        page.items().stream().map(RepositoryJson::of).toList(),
        page.page(),
        page.size(),
        page.total());
  }
}
