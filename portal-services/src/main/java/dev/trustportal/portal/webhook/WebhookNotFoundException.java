package dev.trustportal.portal.webhook;

import dev.trustportal.portal.common.PortalException;

/** The organisation has no webhook of that ID. */
public final class WebhookNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  public WebhookNotFoundException(String organisation, String id) {
    super(
        "not_found",
        "Organisation '" + organisation + "' has no webhook " + id + ".",
        organisation,
        id);
  }

  @Override
  public String messageKey() {
    return "error.not_found.webhook";
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
