package dev.trustportal.ui.change;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.trustportal.portal.approval.ApprovalService;
import dev.trustportal.portal.approval.SubjectRef;
import dev.trustportal.portal.change.ChangeDetails;
import dev.trustportal.portal.change.ChangeFilter;
import dev.trustportal.portal.change.ChangeService;
import dev.trustportal.portal.change.ChangeState;
import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.repository.RepositoryService;
import dev.trustportal.portal.repository.RepositorySummary;
import dev.trustportal.portal.tenancy.Tenancy;
import dev.trustportal.portal.worklist.Worklist;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.component.OrgPaths;
import dev.trustportal.ui.component.ReasonDialog;
import dev.trustportal.ui.component.Times;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.layout.MainLayout;
import dev.trustportal.ui.layout.OrganisationGate;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The change requests of one organisation, newest first, paged in the database as the user scrolls
 * and filtered by state. The state is in the URL ({@code orgs/acme/changes?state=FAILED}), so a
 * filtered list can be linked to. An organisation the user does not belong to is "not found".
 */
@Route(value = Routes.CHANGES, layout = MainLayout.class)
@PermitAll
public class ChangesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;
  private static final String STATE_PARAMETER = "state";
  private static final String REPOSITORY_PARAMETER = "repository";

  private final transient ChangeService changes;
  private final transient ApprovalService approvals;
  private final transient Tenancy tenancy;
  private final transient Worklist worklist;
  private final transient RepositoryService repositories;
  private final ComboBox<String> repository = new ComboBox<>();
  private final Button policy = new Button();
  private boolean owner;
  private final H2 heading = new H2();
  private final Select<ChangeState> state = new Select<>();
  private final Grid<ChangeDetails> grid = new Grid<>();
  private String organisation = "";

  @Inject
  public ChangesView(
      ChangeService changes,
      ApprovalService approvals,
      Tenancy tenancy,
      Worklist worklist,
      RepositoryService repositories) {
    this.worklist = worklist;
    this.repositories = repositories;
    this.changes = changes;
    this.approvals = approvals;
    this.tenancy = tenancy;
    setSizeFull();
    add(heading, toolbar(), configureGrid());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    organisation = event.getRouteParameters().get(Routes.ORG).orElse("");
    if (!OrganisationGate.admits(event, tenancy, organisation)) {
      return;
    }
    heading.setText(getTranslation("changes.heading", organisation));
    owner = tenancy.requireRole(organisation).mayActAs(MemberRole.OWNER);
    policy.setVisible(owner);
    // A state that names none shows all, as the URL is the user's to edit.
    QueryParameters query = event.getLocation().getQueryParameters();
    state.setValue(
        query.getSingleParameter(STATE_PARAMETER).flatMap(ChangesView::state).orElse(null));
    repository.setValue(query.getSingleParameter(REPOSITORY_PARAMETER).orElse(null));
    grid.getDataProvider().refreshAll();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("changes.title", organisation);
  }

  private static Optional<ChangeState> state(String name) {
    return Arrays.stream(ChangeState.values())
        .filter(s -> s.name().equalsIgnoreCase(name))
        .findFirst();
  }

  private HorizontalLayout toolbar() {
    state.setId("change-state-filter");
    state.setLabel(getTranslation("changes.filter.state"));
    state.setItems(ChangeState.values());
    state.setEmptySelectionAllowed(true);
    state.setEmptySelectionCaption(getTranslation("changes.filter.all"));
    state.setItemLabelGenerator(
        s ->
            s == null
                ? getTranslation("changes.filter.all")
                : getTranslation("change.state." + s.name()));
    state.addValueChangeListener(
        event -> {
          grid.getDataProvider().refreshAll();
          if (event.isFromClient()) {
            rememberInUrl();
          }
        });
    repositoryFilter();
    Button refresh = new Button(getTranslation("changes.refresh"), VaadinIcon.REFRESH.create());
    refresh.setId("refresh-changes-button");
    refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    refresh.addClickListener(event -> grid.getDataProvider().refreshAll());
    policy.setText(getTranslation("policy.open"));
    policy.setIcon(VaadinIcon.USERS.create());
    policy.setId("approval-policy-button");
    policy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    policy.addClickListener(event -> new ApprovalPolicyDialog(approvals, organisation).open());
    HorizontalLayout toolbar = new HorizontalLayout(state, repository, refresh, policy);
    toolbar.setAlignItems(Alignment.BASELINE);
    toolbar.addClassName("tp-wrap");
    return toolbar;
  }

  /** The organisation's repositories, looked up as the user types; empty means all. */
  private void repositoryFilter() {
    repository.setId("change-repository-filter");
    repository.setLabel(getTranslation("changes.filter.repository"));
    repository.setPlaceholder(getTranslation("changes.filter.all-repositories"));
    repository.setClearButtonVisible(true);
    repository.setItems(
        query ->
            repositories
                .list(
                    organisation,
                    query.getFilter().orElse(""),
                    new PageRequest(query.getPage(), query.getPageSize()))
                .items()
                .stream()
                .map(RepositorySummary::name));
    repository.addValueChangeListener(
        event -> {
          grid.getDataProvider().refreshAll();
          if (event.isFromClient()) {
            rememberInUrl();
          }
        });
  }

  private Grid<ChangeDetails> configureGrid() {
    grid.setId("change-grid");
    grid.setSizeFull();
    // The summary wraps rather than pushing the other columns out of sight.
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    // The ID opens the details: one column less than a separate button, so that all fit beside the
    // menu.
    grid.addComponentColumn(this::detailsButton)
        .setKey("id")
        .setHeader("#")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(
            c -> new Anchor(OrgPaths.repository(c.organisation(), c.repository()), c.repository()))
        .setKey("repository")
        .setHeader(getTranslation("changes.column.repository"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(c -> ChangeTexts.type(this, c.type()))
        .setKey("type")
        .setHeader(getTranslation("changes.column.type"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(c -> ChangeTexts.summary(this, c))
        .setKey("summary")
        .setHeader(getTranslation("changes.column.summary"))
        .setFlexGrow(1)
        .setWidth("9rem");
    grid.addComponentColumn(c -> new ChangeStateBadge(c.state()))
        .setKey("state")
        .setHeader(getTranslation("changes.column.state"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(
            c ->
                getTranslation(
                    "change.details.approvals.count", c.approvalsGiven(), c.approvalsNeeded()))
        .setKey("approvals")
        .setHeader(getTranslation("change.details.approvals"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(ChangeDetails::requestedBy)
        .setKey("requested-by")
        .setHeader(getTranslation("changes.column.requested-by"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(this::times)
        .setKey("times")
        .setHeader(getTranslation("changes.column.filed-updated"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(ChangeDetails::attempts)
        .setKey("attempts")
        .setHeader(getTranslation("changes.column.attempts"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    // Approve and reject frozen to the grid's end: in sight however narrow the screen, never behind
    // a scroll bar.
    grid.addComponentColumn(this::decision)
        .setKey("decision")
        .setAutoWidth(true)
        .setFlexGrow(0)
        .setFrozenToEnd(true);
    grid.setItems(
        query -> page(query.getPage(), query.getPageSize()).items().stream(),
        query -> Math.toIntExact(page(0, 1).total()));
    return grid;
  }

  private Page<ChangeDetails> page(int page, int size) {
    ChangeFilter filter =
        new ChangeFilter(
            Optional.ofNullable(repository.getValue()).filter(r -> !r.isBlank()),
            Optional.ofNullable(state.getValue()));
    return changes.list(organisation, filter, new PageRequest(page, size));
  }

  private Button detailsButton(ChangeDetails change) {
    Button details = new Button("#" + change.id());
    details.setId("change-details-" + change.id());
    details.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    details.setAriaLabel(getTranslation("changes.details", change.id()));
    details.setTooltipText(getTranslation("changes.details", change.id()));
    details.addClickListener(event -> new ChangeDetailsDialog(change).open());
    return details;
  }

  private ReasonDialog rejectDialog(ChangeDetails change) {
    ReasonDialog.Texts texts =
        new ReasonDialog.Texts(
            "reject",
            getTranslation("reject.title", change.id()),
            ChangeTexts.summary(this, change),
            getTranslation("reject.reason"),
            getTranslation("reject.confirm"),
            getTranslation("approve.cancel"));
    return new ReasonDialog(
        "reject-dialog",
        texts,
        reason -> approvals.reject(SubjectRef.change(change.organisation(), change.id()), reason),
        () -> grid.getDataProvider().refreshAll());
  }

  /**
   * Approve and reject, for owners while the change waits for approvals. Approve is disabled, with
   * the reason beside it, where the approval would be refused (one's own change, say): the work
   * list judges.
   */
  private Component decision(ChangeDetails change) {
    HorizontalLayout buttons = new HorizontalLayout();
    if (owner && change.state() == ChangeState.FILED) {
      Button approve =
          new Button(
              getTranslation("changes.approve"),
              event -> new ApproveDialog(approvals, change, this::approved).open());
      approve.setId("approve-change-" + change.id());
      approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
      worklist
          .approvalRefusal(organisation, change)
          .ifPresent(
              refusal -> {
                String why = PortalMessages.of(this, refusal);
                approve.setEnabled(false);
                approve.setTooltipText(why);
                Span reason = new Span(why);
                reason.setId("approve-refusal-" + change.id());
                reason.addClassNames("tp-secondary-text", "tp-smaller", "tp-refusal-reason");
                buttons.add(reason);
              });
      Button reject =
          new Button(getTranslation("changes.reject"), event -> rejectDialog(change).open());
      reject.setId("reject-change-" + change.id());
      reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
      buttons.addComponentAtIndex(0, approve);
      buttons.addComponentAtIndex(1, reject);
    }
    buttons.addClassName("tp-wrap");
    return buttons;
  }

  private void approved() {
    grid.getDataProvider().refreshAll();
    MainLayout.refreshBadges();
  }

  /** Filed, and below it when it last moved. */
  private Component times(ChangeDetails change) {
    Span updated =
        new Span(
            getTranslation("changes.updated", Times.formatShort(change.updatedAt(), getLocale())));
    updated.addClassNames("tp-secondary-text", "tp-small");
    Div times = new Div(new Span(Times.formatShort(change.filedAt(), getLocale())), updated);
    times.addClassName("tp-column");
    return times;
  }

  private void rememberInUrl() {
    String path = OrgPaths.changes(organisation);
    Map<String, String> chosen = new LinkedHashMap<>();
    Optional.ofNullable(state.getValue()).ifPresent(s -> chosen.put(STATE_PARAMETER, s.name()));
    Optional.ofNullable(repository.getValue()).ifPresent(r -> chosen.put(REPOSITORY_PARAMETER, r));
    String location =
        chosen.isEmpty() ? path : path + "?" + QueryParameters.simple(chosen).getQueryString();
    getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
  }
}
