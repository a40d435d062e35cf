package dev.trustportal.ui.webhook;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dev.trustportal.portal.webhook.CreatedWebhook;
import dev.trustportal.ui.component.CopyButton;

/**
 * Shows a new webhook's signing secret, once: the portal keeps it sealed and never shows it again.
 */
class WebhookSecretDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  WebhookSecretDialog(CreatedWebhook created) {
    setId("webhook-secret-dialog");
    setHeaderTitle(getTranslation("webhooks.secret.title", created.webhook().url()));
    TextField secret = new TextField(getTranslation("webhooks.secret.label"));
    secret.setId("webhook-secret");
    secret.setValue(created.secret());
    secret.setReadOnly(true);
    secret.setWidthFull();
    secret.setAutoselect(true);
    secret.setSuffixComponent(
        new CopyButton(
            "copy-webhook-secret", created.secret(), getTranslation("webhooks.secret.label")));
    add(
        new Paragraph(getTranslation("webhooks.secret.hint")),
        secret,
        new Paragraph(getTranslation("webhooks.secret.verify")));
    Button close = new Button(getTranslation("webhooks.secret.close"), event -> close());
    close.setId("webhook-secret-close");
    close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(close);
    setWidth("44rem");
    setCloseOnOutsideClick(false);
  }
}
