package dev.trustportal.ui.securitykey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.securitykey.AttestationPolicy;
import dev.trustportal.portal.securitykey.SecurityKeyService;
import dev.trustportal.portal.securitykey.SecurityKeyView;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.component.Times;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.layout.MainLayout;
import dev.trustportal.ui.webauthn.WebAuthnCeremony;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The signed-in user's security keys: register one under a name (the browser asks for a touch of the
 * key), see when each was registered and last used, and remove one after confirming.
 */
@Route(value = Routes.SECURITY_KEYS, layout = MainLayout.class)
@PermitAll
public class SecurityKeysView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient SecurityKeyService keys;
  private final TextField name = new TextField();
  private final Span status = new Span();
  private final Grid<SecurityKeyView> grid = new Grid<>();

  @Inject
  public SecurityKeysView(SecurityKeyService keys) {
    this.keys = keys;
    setSizeFull();
    add(new H2(getTranslation("security-keys.heading")), new Paragraph(getTranslation("security-keys.intro")));
    if (keys.attestationPolicy() == AttestationPolicy.ANY_AUTHENTICATOR_TESTING) {
      add(testingWarning());
    }
    add(registration(), status, configureGrid());
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("security-keys.title");
  }

  private Span testingWarning() {
    Span warning = new Span(getTranslation("security-keys.testing-mode"));
    warning.setId("attestation-testing-warning");
    warning.getElement().getThemeList().add("badge error");
    return warning;
  }

  private HorizontalLayout registration() {
    name.setId("security-key-name");
    name.setLabel(getTranslation("security-keys.name"));
    name.setPlaceholder(getTranslation("security-keys.name.placeholder"));
    name.setMaxLength(64);
    Button register = new Button(getTranslation("security-keys.register"), VaadinIcon.KEY.create(),
        event -> register());
    register.setId("register-security-key");
    register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    status.setId("security-key-status");
    HorizontalLayout row = new HorizontalLayout(name, register);
    row.setAlignItems(Alignment.BASELINE);
    return row;
  }

  private void register() {
    if (name.getValue().isBlank()) {
      name.setInvalid(true);
      name.setErrorMessage(getTranslation("security-keys.name.required"));
      return;
    }
    name.setInvalid(false);
    status.setText(getTranslation("security-keys.touch"));
    WebAuthnCeremony.create(this, keys.registrationOptions(), this::registered,
        error -> status.setText(getTranslation("security-keys.cancelled", error)));
  }

  private void registered(String credential) {
    try {
      SecurityKeyView key = keys.register(name.getValue(), credential);
      status.setText("");
      name.clear();
      Notification.show(getTranslation("security-keys.registered", key.name()))
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      refresh();
    } catch (PortalException refused) {
      status.setText(PortalMessages.of(this, refused));
    }
  }

  private Grid<SecurityKeyView> configureGrid() {
    grid.setId("security-key-grid");
    grid.addColumn(SecurityKeyView::name).setKey("name").setHeader(getTranslation("security-keys.column.name"))
        .setAutoWidth(true);
    grid.addColumn(this::model).setKey("model").setHeader(getTranslation("security-keys.column.model"))
        .setAutoWidth(true);
    grid.addColumn(k -> Times.formatShort(k.createdAt(), getLocale())).setKey("created")
        .setHeader(getTranslation("security-keys.column.created")).setAutoWidth(true);
    grid.addColumn(k -> k.lastUsedAt().map(at -> Times.formatShort(at, getLocale()))
            .orElse(getTranslation("security-keys.never"))).setKey("last-used")
        .setHeader(getTranslation("security-keys.column.last-used")).setAutoWidth(true);
    // A suspension names the model and the metadata's status: it wraps in the remaining width.
    grid.addColumn(this::status).setKey("status").setHeader(getTranslation("security-keys.column.status"))
        .setWidth("14em").setFlexGrow(1);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addComponentColumn(this::removeButton).setKey("remove").setAutoWidth(true).setFlexGrow(0);
    return grid;
  }

  /** The model only as far as the attestation proved it: an unverified key may claim any AAGUID. */
  private String model(SecurityKeyView key) {
    if (!key.attestationVerified()) {
      return getTranslation("security-keys.model.unverified");
    }
    return key.model().map(model -> getTranslation("security-keys.model.verified", model))
        .orElseGet(() -> getTranslation("security-keys.model.unknown"));
  }

  private String status(SecurityKeyView key) {
    if (key.suspendedReason().isPresent()) {
      return getTranslation("security-keys.suspended.compromised", key.suspendedReason().get());
    }
    return getTranslation(key.possiblyCloned() ? "security-keys.suspended" : "security-keys.active");
  }

  private Button removeButton(SecurityKeyView key) {
    Button remove = new Button(getTranslation("security-keys.remove"), event -> confirmRemoval(key));
    remove.setId("remove-security-key-" + key.id());
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
    return remove;
  }

  private void confirmRemoval(SecurityKeyView key) {
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setId("remove-security-key-dialog");
    confirm.setHeader(getTranslation("security-keys.remove.header", key.name()));
    confirm.setText(getTranslation("security-keys.remove.text", key.name()));
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("security-keys.remove.cancel"));
    confirm.setConfirmText(getTranslation("security-keys.remove"));
    confirm.setConfirmButtonTheme("error primary");
    boolean last = keys.list().size() == 1;
    if (last) {
      confirm.setText(getTranslation("security-keys.remove.last", key.name()));
      confirm.setConfirmText(getTranslation("security-keys.remove.with-touch"));
    }
    confirm.addConfirmListener(event -> {
      if (last) {
        removeWithTouch(key);
        return;
      }
      keys.remove(key.id());
      refresh();
    });
    confirm.open();
  }

  /** The last key goes only with a fresh touch of it: the server verifies the assertion before removing. */
  private void removeWithTouch(SecurityKeyView key) {
    status.setText(getTranslation("security-keys.touch"));
    WebAuthnCeremony.get(this, keys.removalChallenge(key.id()), assertion -> {
      try {
        keys.remove(key.id(), Optional.of(assertion));
        status.setText("");
        Notification.show(getTranslation("security-keys.removed", key.name()))
            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
      } catch (PortalException refused) {
        status.setText(PortalMessages.of(this, refused));
      }
    }, error -> status.setText(getTranslation("security-keys.remove.cancelled", error)));
  }

  private void refresh() {
    grid.setItems(keys.list());
  }
}
