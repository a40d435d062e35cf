package dev.trustportal.portal.webhook;

import java.time.Instant;
import java.util.List;

/** A registered webhook as owners see it; its secret is never part of it. */
public record WebhookSummary(
    long id, String url, List<String> events, String createdBy, Instant createdAt) {

  public WebhookSummary {
    events = List.copyOf(events);
  }
}
