package dev.trustportal.ui.webhook;

import com.vaadin.flow.component.UI;

/** Translated names of event types and delivery states, keyed by their wire names. */
final class WebhookTexts {

  private WebhookTexts() {}

  static String event(String wireName) {
    return UI.getCurrent().getTranslation("webhooks.event." + wireName) + " (" + wireName + ")";
  }

  static String state(String state) {
    return UI.getCurrent().getTranslation("webhooks.state." + state);
  }
}
