package dev.trustportal.ui.repository;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.repository.CreateRepository;
import dev.trustportal.portal.repository.ImportRepository;
import dev.trustportal.portal.repository.RepositoryImport;
import dev.trustportal.portal.repository.RepositoryService;
import dev.trustportal.portal.repository.RepositorySummary;
import dev.trustportal.portal.tenancy.Tenancy;
import dev.trustportal.portal.worklist.Navigation;
import dev.trustportal.portal.worklist.RepositoryListing;
import dev.trustportal.portal.worklist.RepositoryOverview;
import dev.trustportal.portal.worklist.RepositoryTrustState;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.component.Busy;
import dev.trustportal.ui.component.OrgPaths;
import dev.trustportal.ui.component.Times;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.layout.MainLayout;
import dev.trustportal.ui.layout.OrganisationGate;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/**
 * The repositories of one organisation, filtered and paged in the database, with their whole GUNs
 * and trust columns (signed tags, signers, state, pending changes), and their creation by owners
 * and admins.
 */
@Route(value = Routes.REPOSITORIES, layout = MainLayout.class)
@PermitAll
public class RepositoriesView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient RepositoryService repositories;
  private final transient RepositoryImport imports;
  private final transient Tenancy tenancy;
  private final H2 heading = new H2();
  private final TextField filter = new TextField();
  private final Grid<RepositoryListing> grid = new Grid<>();
  private final Paragraph emptyState = new Paragraph();
  private final transient RepositoryOverview overview;
  private final transient Navigation navigation;
  private final Button create = new Button();
  private final Button importing = new Button();
  private boolean mayCreate;
  private String org = "";

  @Inject
  public RepositoriesView(
      RepositoryService repositories,
      RepositoryImport imports,
      Tenancy tenancy,
      RepositoryOverview overview,
      Navigation navigation) {
    this.repositories = repositories;
    this.overview = overview;
    this.navigation = navigation;
    this.imports = imports;
    this.tenancy = tenancy;
    setSizeFull();
    add(heading, toolbar(), configureGrid());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    org = event.getRouteParameters().get(Routes.ORG).orElse("");
    if (!OrganisationGate.admits(event, tenancy, org)) {
      return;
    }
    heading.setText(getTranslation("repositories.heading", org));
    // Only offers what the caller may do; the use cases check the role again.
    mayCreate = navigation.createsRepositories(org);
    create.setVisible(mayCreate);
    importing.setVisible(mayCreate);
    emptyState.setText(emptyText());
    grid.getDataProvider().refreshAll();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("repositories.title", org);
  }

  private HorizontalLayout toolbar() {
    filter.setId("repository-filter");
    filter.setPlaceholder(getTranslation("repositories.filter"));
    filter.setPrefixComponent(VaadinIcon.SEARCH.create());
    filter.setClearButtonVisible(true);
    filter.setValueChangeMode(ValueChangeMode.LAZY);
    filter.addValueChangeListener(
        event -> {
          emptyState.setText(emptyText());
          grid.getDataProvider().refreshAll();
        });
    create.setText(getTranslation("repositories.new"));
    create.setIcon(VaadinIcon.PLUS.create());
    create.setId("new-repository-button");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(event -> openCreateDialog());
    importing.setText(getTranslation("repositories.import"));
    importing.setIcon(VaadinIcon.UPLOAD.create());
    importing.setId("import-repository-button");
    importing.addClickListener(event -> openImportDialog());
    return new HorizontalLayout(filter, create, importing);
  }

  private Grid<RepositoryListing> configureGrid() {
    grid.setId("repository-grid");
    grid.setSizeFull();
    // Whole GUNs, wrapped: the part that tells two repositories apart is often at the end.
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addComponentColumn(
            r -> new Anchor(OrgPaths.repository(org, r.repository().name()), r.repository().name()))
        .setKey("name")
        .setHeader(getTranslation("repositories.column.name"));
    grid.addColumn(r -> r.repository().gun())
        .setKey("gun")
        .setHeader(getTranslation("repositories.column.gun"))
        .setFlexGrow(2);
    grid.addColumn(RepositoryListing::signedTags)
        .setKey("signed-tags")
        .setHeader(getTranslation("repositories.column.signed-tags"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(RepositoryListing::signers)
        .setKey("signers")
        .setHeader(getTranslation("repositories.column.signers"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(this::stateBadge)
        .setKey("state")
        .setHeader(getTranslation("repositories.column.state"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(this::pendingLink)
        .setKey("pending")
        .setHeader(getTranslation("repositories.column.pending"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(r -> Times.format(r.repository().createdAt(), getLocale()))
        .setKey("created")
        .setHeader(getTranslation("repositories.column.created"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItems(
        query ->
            overview
                .list(org, filter.getValue(), new PageRequest(query.getPage(), query.getPageSize()))
                .items()
                .stream(),
        query -> (int) repositories.list(org, filter.getValue(), new PageRequest(0, 1)).total());
    emptyState.setId("repository-empty");
    grid.setEmptyStateComponent(emptyState);
    return grid;
  }

  private Span stateBadge(RepositoryListing listing) {
    Span badge = new Span(getTranslation("repositories.state." + listing.state().name()));
    badge
        .getElement()
        .getThemeList()
        .add(listing.state() == RepositoryTrustState.HEALTHY ? "badge success" : "badge error");
    badge.setId("repository-state-" + listing.repository().name());
    return badge;
  }

  private Anchor pendingLink(RepositoryListing listing) {
    Anchor link =
        new Anchor(
            OrgPaths.changes(org) + "?repository=" + listing.repository().name(),
            Long.toString(listing.pendingChanges()));
    link.setId("repository-pending-" + listing.repository().name());
    return link;
  }

  /**
   * What to do next when nothing is listed: another filter, creating or importing one, or asking.
   */
  private String emptyText() {
    if (!filter.getValue().isBlank()) {
      return getTranslation("repositories.empty.filter", filter.getValue().strip());
    }
    return getTranslation(mayCreate ? "repositories.empty" : "repositories.empty.reader", org);
  }

  private void openCreateDialog() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("repository.form.title"));
    RepositoryForm form = new RepositoryForm(org + "/");
    form.addCreateListener(event -> startCreating(event.name(), form, dialog));
    form.addCancelListener(event -> dialog.close());
    dialog.add(form);
    dialog.open();
    form.focusName();
  }

  /** Shows the progress bar while notary-server initialises the trust data; any failure ends it. */
  private void startCreating(String name, RepositoryForm form, Dialog dialog) {
    Busy.run(form, form::showProgress, () -> create(name, form, dialog));
  }

  private void create(String name, RepositoryForm form, Dialog dialog) {
    RepositorySummary created;
    try {
      created = repositories.createRepository(org, new CreateRepository(name));
    } catch (PortalException rejected) {
      form.showNameError(PortalMessages.of(this, rejected));
      return;
    }
    dialog.close();
    String done =
        created.initialisationChange() == null
            ? getTranslation("repositories.created", created.gun())
            : getTranslation(
                "repositories.created-pending", created.gun(), created.initialisationChange());
    if (created.rootCeremony() != null) {
      // OWNERS custody: the custodians sign its root on the ceremony page.
      getUI()
          .ifPresent(
              ui -> ui.navigate("orgs/" + org + "/root-ceremonies/" + created.rootCeremony()));
      return;
    }
    Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    grid.getDataProvider().refreshAll();
  }

  private void openImportDialog() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("repository.import.title"));
    dialog.setWidth("min(60rem, 100vw)");
    RepositoryImportForm form = new RepositoryImportForm(org, imports.gunPrefix(org));
    // As for creation: the progress bar while notary-server is asked, ended by any failure.
    form.addCreateListener(
        event ->
            Busy.run(form, form::showProgress, () -> importRepository(event.name(), form, dialog)));
    form.addCancelListener(event -> dialog.close());
    dialog.add(form);
    dialog.open();
    form.focusName();
  }

  private void importRepository(String name, RepositoryImportForm form, Dialog dialog) {
    ImportRepository command = form.command(name);
    RepositorySummary imported;
    try {
      imported = imports.importRepository(org, command);
    } catch (PortalException rejected) {
      form.showRejection(rejected, PortalMessages.of(this, rejected));
      return;
    } finally {
      command.wipe();
    }
    dialog.close();
    Notification.show(getTranslation("repositories.imported", imported.gun()))
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    grid.getDataProvider().refreshAll();
  }
}
