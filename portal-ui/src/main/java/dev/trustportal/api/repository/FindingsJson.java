package dev.trustportal.api.repository;

import dev.trustportal.portal.expiry.Finding;
import dev.trustportal.portal.expiry.RepositoryFindings;
import java.time.Instant;
import java.util.List;

/**
 * What the watcher found in a repository's trust data: when it last read it ({@code checkedAt},
 * null before its first read) and each finding (kind, role or empty, what it means, when found).
 */
public record FindingsJson(String gun, Instant checkedAt, List<Item> items) {

  /**
   * One finding. {@code kind}: DIVERGED, EXPIRED, EXPIRING, BELOW_THRESHOLD or TAGS_UNVERIFIED
   * (docs/trust-data.md, "The watcher").
   */
  public record Item(String kind, String role, String detail, Instant foundAt) {}

  public static FindingsJson of(RepositoryFindings.Report report) {
    return new FindingsJson(
        report.gun(),
        report.checkedAt().orElse(null),
        report.findings().stream().map(FindingsJson::item).toList());
  }

  private static Item item(Finding finding) {
    return new Item(finding.kind().name(), finding.role(), finding.detail(), finding.foundAt());
  }
}
