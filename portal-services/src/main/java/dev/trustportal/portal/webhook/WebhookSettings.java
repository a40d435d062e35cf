package dev.trustportal.portal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The webhooks' configuration: {@code portal.webhooks.allow-loopback} (false; the test stack sets
 * it for its local receiver), {@code portal.webhooks.backoff-base} (PT30S) and {@code
 * portal.webhooks.backoff-cap} (PT1H).
 */
@ApplicationScoped
public class WebhookSettings {

  @Inject
  @ConfigProperty(name = "portal.webhooks.allow-loopback", defaultValue = "false")
  boolean allowLoopback;

  @Inject
  @ConfigProperty(name = "portal.webhooks.backoff-base", defaultValue = "PT30S")
  Duration backoffBase;

  @Inject
  @ConfigProperty(name = "portal.webhooks.backoff-cap", defaultValue = "PT1H")
  Duration backoffCap;

  public boolean loopbackAllowed() {
    return allowLoopback;
  }

  public DeliverySchedule schedule() {
    return new DeliverySchedule(
        backoffBase,
        backoffCap.compareTo(backoffBase) < 0 ? backoffBase : backoffCap,
        DeliverySchedule.DAY);
  }
}
