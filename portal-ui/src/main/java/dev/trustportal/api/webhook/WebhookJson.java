package dev.trustportal.api.webhook;

import dev.trustportal.portal.webhook.WebhookSummary;
import java.time.Instant;
import java.util.List;

/** A webhook as the API shows it; the secret is never part of it. */
public record WebhookJson(
    long id, String url, List<String> events, String createdBy, Instant createdAt) {

  static WebhookJson of(WebhookSummary hook) {
    return new WebhookJson(
        hook.id(), hook.url(), hook.events(), hook.createdBy(), hook.createdAt());
  }
}
