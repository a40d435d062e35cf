package dev.trustportal.api.webhook;

import dev.trustportal.portal.webhook.CreatedWebhook;

/** A webhook just registered, with its signing secret: the only answer that carries it. */
public record CreatedWebhookJson(WebhookJson webhook, String secret) {

  static CreatedWebhookJson of(CreatedWebhook created) {
    return new CreatedWebhookJson(WebhookJson.of(created.webhook()), created.secret());
  }
}
