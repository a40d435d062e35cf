package dev.trustportal.portal.metrics;

/** The database reads behind {@link QueueGauges}: two small aggregates, one per scrape each. */
public interface QueueCounts {

  /** The outbox at one moment: its rows and the seconds since the oldest was enqueued. */
  record OutboxState(long waiting, double oldestAgeSeconds) {}

  OutboxState outbox();

  /** Filed changes waiting for their approvals. */
  long approvalsPending();
}
