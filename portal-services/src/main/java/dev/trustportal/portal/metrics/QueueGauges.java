package dev.trustportal.portal.metrics;

import dev.trustportal.portal.expiry.FindingKind;
import dev.trustportal.portal.metrics.internal.QueueCounts;
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
 * The gauges of the shared queues, read from the database when Prometheus scrapes: changes waiting
 * in the publishing outbox and the age of the oldest, changes waiting for their approvals, and the
 * trust watcher's progress (repositories not read yet, the oldest read, findings by kind).
 */
@Startup
@Singleton
@PermitAll
public class QueueGauges {

  static final String OUTBOX_WAITING = "outbox_waiting";
  static final String OUTBOX_OLDEST_AGE = "outbox_oldest_age";
  static final String APPROVALS_PENDING = "approvals_pending";
  static final String WATCHER_UNREAD = "watcher_repositories_unread";
  static final String WATCHER_OLDEST_READ_AGE = "watcher_oldest_read_age";
  static final String WATCHER_FINDINGS = "watcher_findings";

  // Field injection: EJBs need a no-argument constructor.
  @Inject MetricRegistry registry;
  @Inject QueueCounts counts;

  @PostConstruct
  void register() {
    registry.gauge(
        Metadata.builder()
            .withName(OUTBOX_WAITING)
            .withDescription("Approved changes waiting in the outbox to be published")
            .build(),
        counts,
        c -> c.outbox().waiting());
    registry.gauge(
        Metadata.builder()
            .withName(OUTBOX_OLDEST_AGE)
            .withDescription("How long the oldest change in the outbox has been waiting (0: none)")
            .withUnit(MetricUnits.SECONDS)
            .build(),
        counts,
        c -> c.outbox().oldestAgeSeconds());
    registry.gauge(
        Metadata.builder()
            .withName(APPROVALS_PENDING)
            .withDescription("Filed changes waiting for their owners' approvals")
            .build(),
        counts,
        QueueCounts::approvalsPending);
    registerWatcher();
  }

  private void registerWatcher() {
    registry.gauge(
        Metadata.builder()
            .withName(WATCHER_UNREAD)
            .withDescription("Repositories the trust watcher has not read yet")
            .build(),
        counts,
        c -> c.watcher().unread());
    registry.gauge(
        Metadata.builder()
            .withName(WATCHER_OLDEST_READ_AGE)
            .withDescription(
                "How long ago the trust watcher read the repository it read longest ago (0: none)")
            .withUnit(MetricUnits.SECONDS)
            .build(),
        counts,
        c -> c.watcher().oldestReadAgeSeconds());
    Metadata findings =
        Metadata.builder()
            .withName(WATCHER_FINDINGS)
            .withDescription("Repositories with a finding of this kind in the watcher's last read")
            .build();
    for (FindingKind kind : FindingKind.values()) {
      Function<QueueCounts, Long> count =
          kind == FindingKind.DIVERGED ? QueueCounts::diverged : c -> c.findings(kind.name());
      registry.gauge(findings, counts, count, new Tag("kind", kind.name()));
    }
  }
}
