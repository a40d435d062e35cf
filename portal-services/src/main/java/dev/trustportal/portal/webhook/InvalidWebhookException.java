package dev.trustportal.portal.webhook;

import dev.trustportal.portal.common.PortalException;

/** A webhook the portal refuses to register: what is wrong, and what it expects instead. */
public final class InvalidWebhookException extends PortalException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  private InvalidWebhookException(String messageKey, String message, Object... arguments) {
    super("invalid_webhook", message, arguments);
    this.messageKey = messageKey;
  }

  static InvalidWebhookException notAUrl(String value) {
    return new InvalidWebhookException(
        "error.invalid_webhook.url",
        "'"
            + value
            + "' is not a URL a webhook can be sent to: give an absolute https:// URL such as"
            + " https://ci.example.com/hooks/trust.",
        value);
  }

  static InvalidWebhookException notHttps(String value) {
    return new InvalidWebhookException(
        "error.invalid_webhook.https",
        "The webhook URL '"
            + value
            + "' is not https: deliveries carry a signature and trust events, so only https:// URLs"
            + " are accepted.",
        value);
  }

  static InvalidWebhookException credentials() {
    return new InvalidWebhookException(
        "error.invalid_webhook.credentials",
        "The webhook URL contains a user name or password: leave them out; receivers verify"
            + " deliveries by their X-Trust-Portal-Signature header instead.");
  }

  static InvalidWebhookException forbiddenAddress(String host, String address) {
    return new InvalidWebhookException(
        "error.invalid_webhook.address",
        "The webhook host '"
            + host
            + "' is at "
            + address
            + ", a private, loopback, link-local or otherwise internal address: webhooks go to"
            + " public addresses only.",
        host,
        address);
  }

  static InvalidWebhookException unresolvable(String host) {
    return new InvalidWebhookException(
        "error.invalid_webhook.unresolvable",
        "The webhook host '" + host + "' cannot be resolved: check its name.",
        host);
  }

  static InvalidWebhookException noEvents() {
    return new InvalidWebhookException(
        "error.invalid_webhook.no_events",
        "Choose at least one event type: " + WebhookEvent.known() + ".",
        WebhookEvent.known());
  }

  static InvalidWebhookException unknownEvent(String name) {
    return new InvalidWebhookException(
        "error.invalid_webhook.event",
        "'" + name + "' is no event type; the known ones are " + WebhookEvent.known() + ".",
        name,
        WebhookEvent.known());
  }

  @Override
  public String messageKey() {
    return messageKey;
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
