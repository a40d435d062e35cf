package dev.trustportal.portal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts the worker once queued deliveries are committed; a rolled-back event queued nothing. */
@ApplicationScoped
public class DeliveryTrigger {

  @Inject DeliveryWorker worker;

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveryQueued queued) {
    worker.drainSoon();
  }
}
