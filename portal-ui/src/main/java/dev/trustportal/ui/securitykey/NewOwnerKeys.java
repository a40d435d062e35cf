package dev.trustportal.ui.securitykey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.securitykey.KeyConfirmationService;
import dev.trustportal.portal.securitykey.KeyStanding;
import dev.trustportal.portal.securitykey.OwnerKeySummary;
import dev.trustportal.ui.component.Times;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.webauthn.WebAuthnCeremony;
import java.util.List;

/**
 * On an organisation's page, for its owners: the new security keys of its owners that do not count
 * for its approvals yet, with when they will, and for a fellow owner's key a Confirm action that
 * asks for a touch of the viewer's own key. Hidden while there is no such key.
 */
public class NewOwnerKeys extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient KeyConfirmationService confirmations;
  private final String organisation;
  private final Grid<OwnerKeySummary> grid = new Grid<>();
  private final Span status = new Span();

  public NewOwnerKeys(KeyConfirmationService confirmations, String organisation) {
    this.confirmations = confirmations;
    this.organisation = organisation;
    setId("new-owner-keys");
    setPadding(false);
    status.setId("new-owner-keys-status");
    add(
        new H3(getTranslation("owner-keys.heading")),
        new Paragraph(getTranslation("owner-keys.explain")),
        configureGrid(),
        status);
    refresh();
  }

  private Grid<OwnerKeySummary> configureGrid() {
    grid.setId("new-owner-keys-grid");
    grid.addColumn(OwnerKeySummary::owner)
        .setKey("owner")
        .setHeader(getTranslation("owner-keys.column.owner"))
        .setAutoWidth(true);
    grid.addColumn(OwnerKeySummary::name)
        .setKey("name")
        .setHeader(getTranslation("owner-keys.column.name"))
        .setAutoWidth(true);
    grid.addColumn(k -> Times.formatShort(k.registeredAt(), getLocale()))
        .setKey("registered")
        .setHeader(getTranslation("owner-keys.column.registered"))
        .setAutoWidth(true);
    grid.addColumn(k -> Times.formatShort(k.standing().countsFrom(), getLocale()))
        .setKey("counts-from")
        .setHeader(getTranslation("owner-keys.column.counts-from"))
        .setAutoWidth(true);
    grid.addComponentColumn(this::confirmButton)
        .setKey("confirm")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    return grid;
  }

  private Span confirmButton(OwnerKeySummary key) {
    if (key.mine()) {
      return new Span(getTranslation("owner-keys.yours"));
    }
    Button confirm =
        new Button(
            getTranslation("owner-keys.confirm"), VaadinIcon.KEY.create(), event -> confirm(key));
    confirm.setId("confirm-owner-key-" + key.id());
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    return new Span(confirm);
  }

  private void confirm(OwnerKeySummary key) {
    try {
      status.setText(getTranslation("owner-keys.touch", key.name(), key.owner()));
      WebAuthnCeremony.get(
          this,
          confirmations.confirmationChallenge(organisation, key.id()),
          assertion -> confirmed(key, assertion),
          error -> status.setText(getTranslation("owner-keys.cancelled", error)));
    } catch (PortalException refused) {
      status.setText(PortalMessages.of(this, refused));
    }
  }

  private void confirmed(OwnerKeySummary key, String assertion) {
    try {
      confirmations.confirm(organisation, key.id(), assertion);
      status.setText("");
      Notification.show(getTranslation("owner-keys.confirmed", key.name(), key.owner()))
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      refresh();
    } catch (PortalException refused) {
      status.setText(PortalMessages.of(this, refused));
    }
  }

  private void refresh() {
    List<OwnerKeySummary> waiting =
        confirmations.ownersKeys(organisation).stream()
            .filter(k -> k.standing().basis() == KeyStanding.Basis.COOLING_OFF)
            .toList();
    grid.setItems(waiting);
    setVisible(!waiting.isEmpty());
  }
}
