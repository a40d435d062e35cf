package dev.trustportal.portal.metrics;

import dev.trustportal.portal.metrics.internal.QueueCounts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The gauges of the shared queues, read from the database when Prometheus scrapes: changes waiting
 * in the publishing outbox and the age of the oldest, and changes waiting for their approvals.
 */
@Startup
@Singleton
@PermitAll
public class QueueGauges {

  static final String OUTBOX_WAITING = "outbox_waiting";
  static final String OUTBOX_OLDEST_AGE = "outbox_oldest_age";
  static final String APPROVALS_PENDING = "approvals_pending";

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
  }
}
