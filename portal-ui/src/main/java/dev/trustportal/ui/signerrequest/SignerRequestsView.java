package dev.trustportal.ui.signerrequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.signerrequest.SignerRequestDetails;
import dev.trustportal.portal.signerrequest.SignerRequestService;
import dev.trustportal.portal.signerrequest.SignerRequestState;
import dev.trustportal.portal.tenancy.Tenancy;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.component.OrgPaths;
import dev.trustportal.ui.component.ReasonDialog;
import dev.trustportal.ui.component.ShortKeyId;
import dev.trustportal.ui.component.Times;
import dev.trustportal.ui.layout.MainLayout;
import dev.trustportal.ui.layout.OrganisationGate;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The signer requests of one organisation. Owners and admins see all of them (pending first by the
 * filter's default) and accept or decline each; other members see their own and how each was
 * decided. Members ask for a signer on a repository's trust page.
 */
@Route(value = Routes.SIGNER_REQUESTS, layout = MainLayout.class)
@PermitAll
public class SignerRequestsView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;
  private static final int OWN_REQUESTS_SHOWN = 500;

  private final transient SignerRequestService requests;
  private final transient Tenancy tenancy;
  private final H2 heading = new H2();
  private final Paragraph intro = new Paragraph();
  private final Select<SignerRequestState> state = new Select<>();
  private final Grid<SignerRequestDetails> grid = new Grid<>();
  private String organisation = "";
  private boolean decider;

  @Inject
  public SignerRequestsView(SignerRequestService requests, Tenancy tenancy) {
    this.requests = requests;
    this.tenancy = tenancy;
    setSizeFull();
    add(heading, intro, configureFilter(), configureGrid());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    organisation = event.getRouteParameters().get(Routes.ORG).orElse("");
    if (!OrganisationGate.admits(event, tenancy, organisation)) {
      return;
    }
    decider = tenancy.requireRole(organisation).mayActAs(MemberRole.OWNER, MemberRole.ADMIN);
    heading.setText(getTranslation("signer-requests.heading", organisation));
    intro.setText(
        getTranslation(decider ? "signer-requests.intro.decider" : "signer-requests.intro.member"));
    state.setVisible(decider);
    state.setValue(decider ? SignerRequestState.PENDING : null);
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("signer-requests.title", organisation);
  }

  private Select<SignerRequestState> configureFilter() {
    state.setId("signer-request-state-filter");
    state.setLabel(getTranslation("signer-requests.filter.state"));
    state.setItems(SignerRequestState.values());
    state.setEmptySelectionAllowed(true);
    state.setEmptySelectionCaption(getTranslation("signer-requests.filter.all"));
    state.setItemLabelGenerator(
        s ->
            s == null
                ? getTranslation("signer-requests.filter.all")
                : getTranslation("signer-request.state." + s.name()));
    state.addValueChangeListener(event -> refresh());
    return state;
  }

  private Grid<SignerRequestDetails> configureGrid() {
    grid.setId("signer-request-grid");
    grid.setSizeFull();
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(r -> "#" + r.id()).setKey("id").setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addComponentColumn(
            r -> new Anchor(OrgPaths.repository(r.organisation(), r.repository()), r.repository()))
        .setKey("repository")
        .setHeader(getTranslation("signer-requests.column.repository"))
        .setAutoWidth(true);
    grid.addColumn(SignerRequestDetails::name)
        .setKey("name")
        .setHeader(getTranslation("signer-requests.column.signer"))
        .setAutoWidth(true);
    grid.addColumn(r -> ShortKeyId.of(r.keyId()) + " (" + r.keyType() + ")")
        .setKey("key")
        .setHeader(getTranslation("signer-requests.column.key"))
        .setAutoWidth(true);
    grid.addComponentColumn(this::requested)
        .setKey("requested-by")
        .setHeader(getTranslation("signer-requests.column.requested-by"))
        .setAutoWidth(true);
    // Accept and decline beside the state, where an owner looks, not behind the scroll bar.
    grid.addComponentColumn(this::outcome)
        .setKey("state")
        .setHeader(getTranslation("signer-requests.column.state"))
        .setFlexGrow(1)
        .setWidth("10rem");
    // Frozen to the end: on a phone the decision stays in sight while the other columns scroll.
    grid.addComponentColumn(this::decision)
        .setKey("decision")
        .setAutoWidth(true)
        .setFlexGrow(0)
        .setFrozenToEnd(true);
    return grid;
  }

  private void refresh() {
    grid.setItems(items());
  }

  private List<SignerRequestDetails> items() {
    PageRequest first = new PageRequest(0, OWN_REQUESTS_SHOWN);
    if (decider) {
      return requests.list(organisation, Optional.ofNullable(state.getValue()), first).items();
    }
    return requests.mine(first).items().stream()
        .filter(r -> r.organisation().equals(organisation))
        .toList();
  }

  /** Who asked, and below it when. */
  private Component requested(SignerRequestDetails request) {
    Span when = new Span(Times.formatShort(request.requestedAt(), getLocale()));
    when.addClassNames("tp-secondary-text", "tp-small");
    Div requested = new Div(new Span(request.requestedBy()), when);
    requested.addClassName("tp-column");
    return requested;
  }

  /** The state, and what it led to: the change filed, or why it was declined. */
  private Component outcome(SignerRequestDetails request) {
    Span badge = new Span(getTranslation("signer-request.state." + request.state().name()));
    badge
        .getElement()
        .getThemeList()
        .add(
            switch (request.state()) {
              case PENDING -> "badge";
              case ACCEPTED -> "badge success";
              case DECLINED -> "badge error";
            });
    badge.setId("signer-request-state-" + request.id());
    String detail =
        switch (request.state()) {
          case PENDING -> "";
          case ACCEPTED ->
              getTranslation(
                  "signer-request.accepted-detail",
                  request.changeId().orElse(0L),
                  request.changeState().map(s -> getTranslation("change.state." + s)).orElse(""),
                  request.decidedBy().orElse(""));
          case DECLINED ->
              getTranslation(
                  "signer-request.declined-detail",
                  request.decidedBy().orElse(""),
                  request.reason().orElse(""));
        };
    Span text = new Span(detail);
    text.addClassName("tp-secondary-text");
    Div line = new Div(badge, text);
    line.addClassName("tp-column");
    return line;
  }

  private Component decision(SignerRequestDetails request) {
    HorizontalLayout buttons = new HorizontalLayout();
    if (decider && request.state() == SignerRequestState.PENDING) {
      Button accept =
          new Button(getTranslation("signer-requests.accept"), event -> accept(request));
      accept.setId("accept-signer-request-" + request.id());
      accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
      Button decline =
          new Button(
              getTranslation("signer-requests.decline"), event -> declineDialog(request).open());
      decline.setId("decline-signer-request-" + request.id());
      decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
      buttons.add(accept, decline);
    }
    return buttons;
  }

  private ReasonDialog declineDialog(SignerRequestDetails request) {
    ReasonDialog.Texts texts =
        new ReasonDialog.Texts(
            "decline",
            getTranslation("signer-requests.decline.title", request.id()),
            getTranslation(
                "signer-requests.decline.summary",
                request.requestedBy(),
                request.name(),
                request.repository()),
            getTranslation("signer-requests.decline.reason"),
            getTranslation("signer-requests.decline.confirm"),
            getTranslation("signer-requests.decline.cancel"));
    return new ReasonDialog(
        "decline-signer-request-dialog",
        texts,
        reason -> requests.decline(request.organisation(), request.id(), reason),
        () -> {
          refresh();
          MainLayout.refreshBadges();
        });
  }

  /**
   * A refusal (a signer of that name exists meanwhile) goes to the error handler, which explains
   * it.
   */
  private void accept(SignerRequestDetails request) {
    SignerRequestDetails accepted = requests.accept(organisation, request.id());
    Notification.show(
            getTranslation(
                "signer-requests.accepted", accepted.name(), accepted.changeId().orElse(0L)))
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    refresh();
    MainLayout.refreshBadges();
  }
}
