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
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.securitykey.AttestationPolicy;
import dev.trustportal.portal.securitykey.CustodianEnrolmentService;
import dev.trustportal.portal.securitykey.KeyConfirmation;
import dev.trustportal.portal.securitykey.KeyStandingSummary;
import dev.trustportal.portal.securitykey.RegistrationOptions;
import dev.trustportal.portal.securitykey.SecurityKeyService;
import dev.trustportal.portal.securitykey.SecurityKeySummary;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.component.Times;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.layout.MainLayout;
import dev.trustportal.ui.webauthn.WebAuthnCeremony;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The signed-in user's security keys: register one under a name (the browser asks for a touch of
 * the key, and first of a registered one when there is one), see when each was registered and last
 * used and where it counts for approvals, and remove one after confirming with a touch.
 */
@Route(value = Routes.SECURITY_KEYS, layout = MainLayout.class)
@PermitAll
public class SecurityKeysView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient SecurityKeyService keys;
  private final transient CustodianEnrolmentService custodians;
  private final TextField name = new TextField();
  private final Span status = new Span();
  private final Grid<SecurityKeySummary> grid = new Grid<>();
  private final Button registerNew = new Button();
  private SerializableRunnable pendingTouch = () -> {};

  @Inject
  public SecurityKeysView(SecurityKeyService keys, CustodianEnrolmentService custodians) {
    this.keys = keys;
    this.custodians = custodians;
    setSizeFull();
    add(
        new H2(getTranslation("security-keys.heading")),
        new Paragraph(getTranslation("security-keys.intro")));
    Paragraph coolingOff =
        new Paragraph(
            getTranslation("security-keys.cooling-off", keys.coolingOffPeriod().toHours()));
    coolingOff.setId("security-key-cooling-off");
    add(coolingOff);
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
    Button register =
        new Button(
            getTranslation("security-keys.register"), VaadinIcon.KEY.create(), event -> register());
    register.setId("register-security-key");
    register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    status.setId("security-key-status");
    registerNew.setText(getTranslation("security-keys.register-new"));
    registerNew.setIcon(VaadinIcon.KEY.create());
    registerNew.setId("register-new-security-key");
    registerNew.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
    registerNew.setVisible(false);
    registerNew.addClickListener(event -> pendingTouch.run());
    HorizontalLayout row = new HorizontalLayout(name, register, registerNew);
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
    RegistrationOptions options = keys.registrationOptions();
    if (options.existingKey().isEmpty()) {
      create(options, Optional.empty());
      return;
    }
    // A key is added only with a touch of one the account has: the password alone adds none.
    status.setText(getTranslation("security-keys.touch-existing"));
    WebAuthnCeremony.get(
        this,
        options.existingKey().get(),
        touch -> askForNewKey(options, touch),
        error -> status.setText(getTranslation("security-keys.existing-cancelled", error)));
  }

  /**
   * A second click for the new key: the person may swap keys in between, and browsers that want a
   * user gesture for every ceremony get one.
   */
  private void askForNewKey(RegistrationOptions options, String touch) {
    status.setText(getTranslation("security-keys.now-new-key"));
    registerNew.setVisible(true);
    pendingTouch =
        () -> {
          registerNew.setVisible(false);
          create(options, Optional.of(touch));
        };
  }

  private void create(RegistrationOptions options, Optional<String> existingKey) {
    status.setText(getTranslation("security-keys.touch"));
    WebAuthnCeremony.create(
        this,
        options,
        credential -> registered(credential, existingKey),
        error -> status.setText(getTranslation("security-keys.cancelled", error)));
  }

  private void registered(String credential, Optional<String> existingKey) {
    try {
      SecurityKeySummary key = keys.register(name.getValue(), credential, existingKey);
      status.setText("");
      name.clear();
      Notification.show(getTranslation("security-keys.registered", key.name()))
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      refresh();
    } catch (PortalException refused) {
      status.setText(PortalMessages.of(this, refused));
    }
  }

  private Grid<SecurityKeySummary> configureGrid() {
    grid.setId("security-key-grid");
    grid.addColumn(SecurityKeySummary::name)
        .setKey("name")
        .setHeader(getTranslation("security-keys.column.name"))
        .setAutoWidth(true);
    grid.addColumn(this::model)
        .setKey("model")
        .setHeader(getTranslation("security-keys.column.model"))
        .setAutoWidth(true);
    grid.addColumn(k -> Times.formatShort(k.createdAt(), getLocale()))
        .setKey("created")
        .setHeader(getTranslation("security-keys.column.created"))
        .setAutoWidth(true);
    grid.addColumn(
            k ->
                k.lastUsedAt()
                    .map(at -> Times.formatShort(at, getLocale()))
                    .orElse(getTranslation("security-keys.never")))
        .setKey("last-used")
        .setHeader(getTranslation("security-keys.column.last-used"))
        .setAutoWidth(true);
    // A suspension names the model and the metadata's status: it wraps in the remaining width.
    grid.addColumn(this::status)
        .setKey("status")
        .setHeader(getTranslation("security-keys.column.status"))
        .setWidth("9em")
        .setFlexGrow(1);
    grid.addColumn(this::standings)
        .setKey("counts")
        .setHeader(getTranslation("security-keys.column.counts"))
        .setWidth("13em")
        .setFlexGrow(1);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addComponentColumn(this::custodian)
        .setKey("custodian")
        .setHeader(getTranslation("security-keys.column.custodian"))
        .setAutoWidth(true);
    grid.addComponentColumn(this::removeButton).setKey("remove").setAutoWidth(true).setFlexGrow(0);
    return grid;
  }

  /** The model only as far as the attestation proved it: an unverified key may claim any AAGUID. */
  private String model(SecurityKeySummary key) {
    if (!key.attestationVerified()) {
      return getTranslation("security-keys.model.unverified");
    }
    return key.model()
        .map(model -> getTranslation("security-keys.model.verified", model))
        .orElseGet(() -> getTranslation("security-keys.model.unknown"));
  }

  private String status(SecurityKeySummary key) {
    if (key.suspendedReason().isPresent()) {
      return getTranslation("security-keys.suspended.compromised", key.suspendedReason().get());
    }
    return getTranslation(
        key.possiblyCloned() ? "security-keys.suspended" : "security-keys.active");
  }

  /** Per organisation the account owns: whether the key counts for its approvals, or from when. */
  private String standings(SecurityKeySummary key) {
    if (key.standings().isEmpty()) {
      return getTranslation("security-keys.counts.no-organisation");
    }
    return key.standings().stream().map(this::standing).collect(Collectors.joining("; "));
  }

  private String standing(KeyStandingSummary standing) {
    return switch (standing.basis()) {
      case CONFIRMED ->
          getTranslation(
              "security-keys.counts.confirmed",
              standing.organisation(),
              standing.confirmation().map(KeyConfirmation::confirmedBy).orElse(""));
      case ONBOARDING, COOLED_OFF ->
          getTranslation("security-keys.counts.yes", standing.organisation());
      case COOLING_OFF ->
          getTranslation(
              "security-keys.counts.from",
              standing.organisation(),
              Times.formatShort(standing.countsFrom(), getLocale()));
    };
  }

  /**
   * A custodian key holds its owner's root keys (OWNERS custody); enrolling evaluates PRF with a
   * touch.
   */
  private com.vaadin.flow.component.Component custodian(SecurityKeySummary key) {
    if (key.custodianSince().isPresent()) {
      Span enrolled = new Span(getTranslation("security-keys.custodian.enrolled"));
      enrolled.setId("custodian-key-" + key.id());
      enrolled.getElement().getThemeList().add("badge success");
      return enrolled;
    }
    Button enrol =
        new Button(getTranslation("security-keys.custodian.enrol"), event -> enrolAsCustodian(key));
    enrol.setId("enrol-custodian-" + key.id());
    enrol.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    return enrol;
  }

  private void enrolAsCustodian(SecurityKeySummary key) {
    status.setText(getTranslation("security-keys.custodian.touch", key.name()));
    WebAuthnCeremony.getWithPrf(
        this,
        custodians.enrolmentChallenge(key.id()),
        assertion -> {
          try {
            custodians.enrol(key.id(), assertion);
            status.setText("");
            Notification.show(getTranslation("security-keys.custodian.done", key.name()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
          } catch (PortalException refused) {
            status.setText(PortalMessages.of(this, refused));
          }
        },
        error -> status.setText(getTranslation("security-keys.cancelled", error)));
  }

  private Button removeButton(SecurityKeySummary key) {
    Button remove =
        new Button(getTranslation("security-keys.remove"), event -> confirmRemoval(key));
    remove.setId("remove-security-key-" + key.id());
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
    return remove;
  }

  private void confirmRemoval(SecurityKeySummary key) {
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setId("remove-security-key-dialog");
    confirm.setHeader(getTranslation("security-keys.remove.header", key.name()));
    confirm.setText(getTranslation("security-keys.remove.touch", key.name()));
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("security-keys.remove.cancel"));
    confirm.setConfirmText(getTranslation("security-keys.remove"));
    confirm.setConfirmButtonTheme("error primary");
    confirm.setConfirmText(getTranslation("security-keys.remove.with-touch"));
    if (keys.list().size() == 1) {
      confirm.setText(getTranslation("security-keys.remove.last", key.name()));
    }
    // A custodian key whose loss drops custodians below M: say so; confirming acknowledges it.
    var losses = keys.custodianLossesWithout(key.id());
    if (!losses.isEmpty()) {
      confirm.setText(
          getTranslation(
              "security-keys.remove.custodian-key",
              key.name(),
              losses.stream()
                  .map(
                      loss ->
                          getTranslation(
                              "security-keys.remove.custodian-key.organisation",
                              loss.organisation(),
                              loss.custodiansLeft(),
                              loss.threshold()))
                  .collect(java.util.stream.Collectors.joining(", "))));
    }
    confirm.addConfirmListener(event -> removeWithTouch(key, !losses.isEmpty()));
    confirm.open();
  }

  /**
   * A key goes only with a fresh touch of it or of another of the user's keys: the server verifies
   * the assertion before removing, so that a password alone removes no key.
   */
  private void removeWithTouch(SecurityKeySummary key, boolean custodianLossAcknowledged) {
    status.setText(getTranslation("security-keys.touch"));
    WebAuthnCeremony.get(
        this,
        keys.removalChallenge(key.id()),
        assertion -> {
          try {
            keys.remove(key.id(), Optional.of(assertion), custodianLossAcknowledged);
            status.setText("");
            Notification.show(getTranslation("security-keys.removed", key.name()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
          } catch (PortalException refused) {
            status.setText(PortalMessages.of(this, refused));
          }
        },
        error -> status.setText(getTranslation("security-keys.remove.cancelled", error)));
  }

  private void refresh() {
    grid.setItems(keys.list());
  }
}
