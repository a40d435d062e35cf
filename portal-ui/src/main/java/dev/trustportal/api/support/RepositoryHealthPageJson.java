package dev.trustportal.api.support;

import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.support.RepositoryHealth;
import java.util.List;

/** One page of the support search, with the total count of repositories that match. */
public record RepositoryHealthPageJson(
    List<RepositoryHealthPageJson.Item> items, int page, int size, long total) {

  /** A repository and its findings; healthy when there are none. */
  public record Item(
      String gun,
      String organisation,
      String repository,
      boolean healthy,
      List<Finding> findings) {}

  /** One finding: its kind (stable, for scripts) and its message (English, for people). */
  public record Finding(String kind, String message) {}

  static RepositoryHealthPageJson of(Page<RepositoryHealth> page) {
    return new RepositoryHealthPageJson(
        page.items().stream().map(RepositoryHealthPageJson::item).toList(),
        page.page(),
        page.size(),
        page.total());
  }

  private static Item item(RepositoryHealth health) {
    return new Item(
        health.gun(),
        health.organisation(),
        health.repository(),
        health.healthy(),
        health.findings().stream().map(f -> new Finding(f.kind().name(), f.message())).toList());
  }
}
