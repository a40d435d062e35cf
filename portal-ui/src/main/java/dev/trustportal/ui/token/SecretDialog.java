package dev.trustportal.ui.token;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dev.trustportal.portal.token.CreatedToken;
import dev.trustportal.ui.component.CopyButton;

/**
 * Shows a new token's secret, once: it is not stored anywhere it could be shown again. The field is
 * read-only and selected on focus, so that copying it is one keystroke.
 */
class SecretDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  SecretDialog(CreatedToken created) {
    setId("token-secret-dialog");
    setHeaderTitle(getTranslation("token.secret.title", created.token().name()));
    TextField secret = new TextField(getTranslation("token.secret.label"));
    secret.setId("token-secret");
    secret.setValue(created.secret());
    secret.setReadOnly(true);
    secret.setWidthFull();
    secret.setAutoselect(true);
    Paragraph hint = new Paragraph(getTranslation("token.secret.hint"));
    Paragraph usage =
        new Paragraph(getTranslation("token.secret.usage", created.token().principal()));
    secret.setSuffixComponent(
        new CopyButton("copy-token-secret", created.secret(), getTranslation("token.what.secret")));
    TextField username = new TextField(getTranslation("token.column.username"));
    username.setId("token-username");
    username.setValue(created.token().principal());
    username.setReadOnly(true);
    username.setWidthFull();
    username.setSuffixComponent(
        new CopyButton(
            "copy-token-username",
            created.token().principal(),
            getTranslation("token.what.username")));
    add(hint, secret, username, usage);
    Button close = new Button(getTranslation("token.secret.close"), event -> close());
    close.setId("token-secret-close");
    close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(close);
    setWidth("40rem");
    setCloseOnOutsideClick(false);
  }
}
