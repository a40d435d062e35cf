package dev.trustportal.portal.webhook;

import java.util.List;

/** The command to register a webhook: where to, and for which event types (wire names). */
public record CreateWebhook(String url, List<String> events) {

  public CreateWebhook {
    events = events == null ? List.of() : List.copyOf(events);
  }
}
