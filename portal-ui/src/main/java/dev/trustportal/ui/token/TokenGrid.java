package dev.trustportal.ui.token;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.trustportal.portal.token.TokenSummary;
import dev.trustportal.ui.component.CopyButton;
import dev.trustportal.ui.component.Times;
import java.util.function.Consumer;

/**
 * A list of tokens (name, for robots the username CI signs in with, scope, expiry, last use) with a
 * revoke button that asks first.
 */
class TokenGrid extends Grid<TokenSummary> {

  private static final long serialVersionUID = 1L;

  TokenGrid(String id, Consumer<TokenSummary> revoke) {
    this(id, revoke, false);
  }

  /** With {@code robots}, a column shows the username CI signs in with, with a copy button. */
  TokenGrid(String id, Consumer<TokenSummary> revoke, boolean robots) {
    setId(id);
    setAllRowsVisible(true);
    addColumn(TokenSummary::name).setKey("name").setHeader(getTranslation("token.column.name"));
    if (robots) {
      addComponentColumn(this::principal)
          .setKey("username")
          .setHeader(getTranslation("token.column.username"))
          .setAutoWidth(true);
    }
    addColumn(this::scope).setKey("scope").setHeader(getTranslation("token.column.scope"));
    addColumn(t -> getTranslation("token.access." + t.access().name()))
        .setKey("access")
        .setHeader(getTranslation("token.column.access"));
    addColumn(this::expiry).setKey("expires").setHeader(getTranslation("token.column.expires"));
    addColumn(
            t ->
                t.lastUsedAt() == null
                    ? getTranslation("token.never-used")
                    : Times.formatShort(t.lastUsedAt(), getLocale()))
        .setKey("last-used")
        .setHeader(getTranslation("token.column.last-used"));
    addComponentColumn(t -> revokeButton(t, revoke))
        .setKey("actions")
        .setAutoWidth(true)
        .setFlexGrow(0);
  }

  private HorizontalLayout principal(TokenSummary token) {
    Span username = new Span(token.principal());
    username.setId("robot-username-" + token.id());
    username.addClassName("tp-mono");
    HorizontalLayout cell =
        new HorizontalLayout(
            username,
            new CopyButton(
                "copy-robot-username-" + token.id(),
                token.principal(),
                getTranslation("token.what.username")));
    cell.setAlignItems(FlexComponent.Alignment.CENTER);
    cell.setSpacing(false);
    return cell;
  }

  private String scope(TokenSummary token) {
    String organisation =
        token.organisation() == null
            ? getTranslation("token.form.all-organisations")
            : token.organisation();
    return token.repositories().isEmpty()
        ? organisation
        : organisation + ": " + String.join(", ", token.repositories());
  }

  private String expiry(TokenSummary token) {
    String when = Times.formatShort(token.expiresAt(), getLocale());
    return token.expired() ? getTranslation("token.expired", when) : when;
  }

  private Button revokeButton(TokenSummary token, Consumer<TokenSummary> revoke) {
    Button button = new Button(VaadinIcon.TRASH.create());
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    button.setAriaLabel(getTranslation("token.revoke", token.name()));
    button.setTooltipText(getTranslation("token.revoke", token.name()));
    button.setId("revoke-token-" + token.id());
    button.addClickListener(event -> confirm(token, revoke));
    return button;
  }

  private void confirm(TokenSummary token, Consumer<TokenSummary> revoke) {
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setId("revoke-token-dialog");
    confirm.setHeader(getTranslation("token.revoke.header", token.name()));
    confirm.setText(getTranslation("token.revoke.text", token.name()));
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("token.form.cancel"));
    confirm.setConfirmText(getTranslation("token.revoke.confirm"));
    confirm.setConfirmButtonTheme("error primary");
    confirm.addConfirmListener(event -> revoke.accept(token));
    confirm.open();
  }
}
