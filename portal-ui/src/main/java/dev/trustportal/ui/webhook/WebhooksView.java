package dev.trustportal.ui.webhook;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.tenancy.Tenancy;
import dev.trustportal.portal.webhook.CreateWebhook;
import dev.trustportal.portal.webhook.CreatedWebhook;
import dev.trustportal.portal.webhook.DeliverySummary;
import dev.trustportal.portal.webhook.WebhookService;
import dev.trustportal.portal.webhook.WebhookSummary;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.component.Times;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.layout.MainLayout;
import dev.trustportal.ui.layout.OrganisationGate;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The webhooks of one organisation: its owners register endpoints (the secret shown once), send
 * test events and read each hook's delivery log; other members learn that only owners manage them.
 * Another organisation is "not found".
 */
@Route(value = Routes.WEBHOOKS, layout = MainLayout.class)
@PermitAll
public class WebhooksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;
  private static final PageRequest LOG_PAGE = new PageRequest(0, 50);

  private final transient WebhookService webhooks;
  private final transient Tenancy tenancy;
  private final H2 heading = new H2();
  private final Paragraph intro = new Paragraph();
  private final Button create = createButton();
  private final Grid<WebhookSummary> hooks = new Grid<>();
  private final H3 logHeading = new H3();
  private final Button refreshLog = new Button(VaadinIcon.REFRESH.create());
  private final Grid<DeliverySummary> deliveries = new Grid<>();
  private String organisation = "";
  private transient Optional<WebhookSummary> shown = Optional.empty();

  @Inject
  public WebhooksView(WebhookService webhooks, Tenancy tenancy) {
    this.webhooks = webhooks;
    this.tenancy = tenancy;
    configureHooks();
    configureDeliveries();
    refreshLog.setId("webhook-log-refresh");
    refreshLog.setText(getTranslation("webhooks.log.refresh"));
    refreshLog.addClickListener(event -> showLog());
    add(heading, intro, create, hooks, new HorizontalLayout(logHeading, refreshLog), deliveries);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    organisation = event.getRouteParameters().get(Routes.ORG).orElse("");
    if (!OrganisationGate.admits(event, tenancy, organisation)) {
      return;
    }
    heading.setText(getTranslation("webhooks.heading", organisation));
    // Only offers what the caller may do; the service checks the role again on every call.
    boolean owner = tenancy.requireRole(organisation).mayActAs(MemberRole.OWNER);
    intro.setText(getTranslation(owner ? "webhooks.intro" : "webhooks.owners-only", organisation));
    create.setVisible(owner);
    hooks.setVisible(owner);
    if (owner) {
      refresh();
    }
    showLog();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("webhooks.title", organisation);
  }

  private Button createButton() {
    Button button = new Button(getTranslation("webhooks.create"), VaadinIcon.PLUS.create());
    button.setId("create-webhook-button");
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    button.addClickListener(event -> openCreateDialog());
    return button;
  }

  private void configureHooks() {
    hooks.setId("webhook-grid");
    hooks
        .addColumn(WebhookSummary::url)
        .setTooltipGenerator(WebhookSummary::url)
        .setHeader(getTranslation("webhooks.column.url"))
        .setFlexGrow(3);
    hooks
        .addColumn(
            h -> h.events().stream().map(WebhookTexts::event).collect(Collectors.joining(", ")))
        .setTooltipGenerator(h -> String.join(", ", h.events()))
        .setHeader(getTranslation("webhooks.column.events"))
        .setFlexGrow(3);
    hooks
        .addColumn(h -> Times.formatShort(h.createdAt(), getLocale()) + " · " + h.createdBy())
        .setHeader(getTranslation("webhooks.column.created"))
        .setAutoWidth(true);
    hooks
        .addComponentColumn(this::actions)
        .setHeader(getTranslation("webhooks.column.actions"))
        .setAutoWidth(true);
    hooks.setAllRowsVisible(true);
  }

  private HorizontalLayout actions(WebhookSummary hook) {
    Button test = new Button(getTranslation("webhooks.test"), event -> sendTest(hook));
    test.setId("webhook-test-" + hook.id());
    Button log = new Button(getTranslation("webhooks.log"), event -> select(hook));
    log.setId("webhook-log-" + hook.id());
    Button delete = new Button(getTranslation("webhooks.delete"), event -> delete(hook));
    delete.setId("webhook-delete-" + hook.id());
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
    return new HorizontalLayout(test, log, delete);
  }

  private void configureDeliveries() {
    deliveries.setId("delivery-grid");
    deliveries
        .addColumn(d -> WebhookTexts.event(d.eventType()))
        .setTooltipGenerator(DeliverySummary::eventId)
        .setHeader(getTranslation("webhooks.log.event"))
        .setFlexGrow(2);
    deliveries
        .addColumn(d -> WebhookTexts.state(d.state()))
        .setHeader(getTranslation("webhooks.log.state"));
    deliveries
        .addColumn(DeliverySummary::attempts)
        .setHeader(getTranslation("webhooks.log.attempts"));
    deliveries
        .addColumn(d -> d.lastStatus() == null ? "–" : d.lastStatus().toString())
        .setHeader(getTranslation("webhooks.log.status"));
    deliveries
        .addColumn(d -> time(d.nextAttemptAt()))
        .setHeader(getTranslation("webhooks.log.next"));
    deliveries
        .addColumn(d -> time(d.createdAt()))
        .setHeader(getTranslation("webhooks.log.created"));
    deliveries
        .addColumn(d -> d.lastError() == null ? "" : d.lastError())
        .setTooltipGenerator(d -> d.lastError() == null ? "" : d.lastError())
        .setHeader(getTranslation("webhooks.log.error"))
        .setFlexGrow(3);
    deliveries.setAllRowsVisible(true);
  }

  private String time(Instant instant) {
    return instant == null ? "–" : Times.formatShort(instant, getLocale());
  }

  private void openCreateDialog() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("webhooks.create"));
    WebhookForm form = new WebhookForm(webhooks.eventTypes());
    form.addCreateListener(event -> create(dialog, form, event.command()));
    form.addCancelListener(event -> dialog.close());
    dialog.add(form);
    dialog.setWidth("44rem");
    dialog.open();
    form.focusUrl();
  }

  private void create(Dialog dialog, WebhookForm form, CreateWebhook command) {
    CreatedWebhook created;
    try {
      created = webhooks.create(organisation, command);
    } catch (PortalException rejected) {
      form.showError(PortalMessages.of(this, rejected));
      return;
    }
    dialog.close();
    new WebhookSecretDialog(created).open();
    refresh();
    select(created.webhook());
  }

  private void sendTest(WebhookSummary hook) {
    webhooks.sendTest(organisation, Long.toString(hook.id()));
    Notification.show(getTranslation("webhooks.test.sent", hook.url()))
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    select(hook);
  }

  private void delete(WebhookSummary hook) {
    webhooks.delete(organisation, Long.toString(hook.id()));
    Notification.show(getTranslation("webhooks.deleted", hook.url()))
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    if (shown.filter(s -> s.id() == hook.id()).isPresent()) {
      shown = Optional.empty();
    }
    refresh();
    showLog();
  }

  private void select(WebhookSummary hook) {
    shown = Optional.of(hook);
    showLog();
  }

  private void refresh() {
    hooks.setItems(webhooks.list(organisation));
  }

  private void showLog() {
    boolean any = shown.isPresent();
    logHeading.setVisible(any);
    refreshLog.setVisible(any);
    deliveries.setVisible(any);
    shown.ifPresent(
        hook -> {
          logHeading.setText(getTranslation("webhooks.log.heading", hook.url()));
          deliveries.setItems(
              webhooks.deliveries(organisation, Long.toString(hook.id()), LOG_PAGE).items());
        });
  }
}
