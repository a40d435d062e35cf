package dev.trustportal.portal.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts the worker once a queued change is committed, so that a change with quorum 0 publishes
 * within moments instead of at the next tick. Only after success: a rolled-back approval queued
 * nothing.
 */
@ApplicationScoped
public class PublishingTrigger {

  @Inject PublishingWorker worker;

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeQueued queued) {
    worker.drainSoon();
  }
}
