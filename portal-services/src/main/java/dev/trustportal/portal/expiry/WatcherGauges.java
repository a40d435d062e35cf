package dev.trustportal.portal.expiry;

import dev.trustportal.portal.expiry.internal.WatchCounts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The trust watcher's progress for operators, read from the database when Prometheus scrapes:
 * repositories it has not read yet, how long ago it read the one it read longest ago, and the
 * repositories with a finding of each kind.
 */
@Startup
@Singleton
@PermitAll
public class WatcherGauges {

  static final String UNREAD = "watcher_repositories_unread";
  static final String OLDEST_READ_AGE = "watcher_oldest_read_age";
  static final String FINDINGS = "watcher_findings";

  // Field injection: EJBs need a no-argument constructor.
  @Inject MetricRegistry registry;
  @Inject WatchCounts counts;

  @PostConstruct
  void register() {
    registry.gauge(
        Metadata.builder()
            .withName(UNREAD)
            .withDescription("Repositories the trust watcher has not read yet")
            .build(),
        counts,
        c -> c.progress().unread());
    registry.gauge(
        Metadata.builder()
            .withName(OLDEST_READ_AGE)
            .withDescription(
                "How long ago the trust watcher read the repository it read longest ago (0: none)")
            .withUnit(MetricUnits.SECONDS)
            .build(),
        counts,
        c -> c.progress().oldestReadAgeSeconds());
    Metadata findings =
        Metadata.builder()
            .withName(FINDINGS)
            .withDescription("Repositories with a finding of this kind in the watcher's last read")
            .build();
    for (FindingKind kind : FindingKind.values()) {
      Function<WatchCounts, Long> count =
          kind == FindingKind.DIVERGED
              ? WatchCounts::diverged
              : c -> c.repositoriesWith(kind.name());
      registry.gauge(findings, counts, count, new Tag("kind", kind.name()));
    }
  }
}
