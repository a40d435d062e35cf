package dev.trustportal.ui.webhook;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.trustportal.portal.webhook.CreateWebhook;
import dev.trustportal.ui.component.DialogForm;
import java.util.List;

/** Asks for a webhook's URL and event types; fires {@link CreateEvent}, knows no service. */
class WebhookForm extends DialogForm {

  private static final long serialVersionUID = 1L;

  private final TextField url = new TextField(getTranslation("webhooks.form.url"));
  private final CheckboxGroup<String> events =
      new CheckboxGroup<>(getTranslation("webhooks.form.events"));
  private final Span error = new Span();

  WebhookForm(List<String> eventTypes) {
    url.setId("webhook-url");
    url.setPlaceholder("https://ci.example.com/hooks/trust");
    url.setWidthFull();
    judgedByService(url);
    events.setId("webhook-events");
    events.setItems(eventTypes);
    events.setItemLabelGenerator(WebhookTexts::event);
    error.setId("webhook-form-error");
    error.addClassName("tp-error");
    add(url, events, error);
    setColspan(url, 2);
    setColspan(events, 2);
    setColspan(error, 2);
    add(
        actions(
            primaryButton("webhooks.form.create", "webhook-create", this::create),
            "webhooks.form.cancel",
            "webhook-cancel"));
  }

  void focusUrl() {
    url.focus();
  }

  /** The service's verdict on what was typed. */
  void showError(String message) {
    error.setText(message);
  }

  private void create() {
    fireEvent(
        new CreateEvent(this, new CreateWebhook(url.getValue(), List.copyOf(events.getValue()))));
  }

  Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
    return addListener(CreateEvent.class, listener);
  }

  /** The owner asked to register the webhook. */
  static final class CreateEvent extends ComponentEvent<WebhookForm> {

    private static final long serialVersionUID = 1L;
    private final transient CreateWebhook command;

    CreateEvent(WebhookForm source, CreateWebhook command) {
      super(source, false);
      this.command = command;
    }

    CreateWebhook command() {
      return command;
    }
  }
}
