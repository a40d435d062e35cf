package dev.trustportal.ui.repository;

import dev.trustportal.ui.component.Busy;
import dev.trustportal.ui.component.OrgPaths;
import dev.trustportal.ui.component.Times;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
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
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.layout.MainLayout;
import dev.trustportal.ui.layout.OrganisationGate;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/** The repositories of one organisation, filtered and paged in the database, and their creation. */
@Route(value = Routes.REPOSITORIES, layout = MainLayout.class)
@PermitAll
public class RepositoriesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient RepositoryService repositories;
  private final transient RepositoryImport imports;
  private final transient Tenancy tenancy;
  private final H2 heading = new H2();
  private final TextField filter = new TextField();
  private final Grid<RepositorySummary> grid = new Grid<>();
  private String org = "";

  @Inject
  public RepositoriesView(RepositoryService repositories, RepositoryImport imports, Tenancy tenancy) {
    this.repositories = repositories;
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
    filter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
    Button create = new Button(getTranslation("repositories.new"), VaadinIcon.PLUS.create());
    create.setId("new-repository-button");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(event -> openCreateDialog());
    Button importing = new Button(getTranslation("repositories.import"), VaadinIcon.UPLOAD.create());
    importing.setId("import-repository-button");
    importing.addClickListener(event -> openImportDialog());
    return new HorizontalLayout(filter, create, importing);
  }

  private Grid<RepositorySummary> configureGrid() {
    grid.setId("repository-grid");
    grid.setSizeFull();
    grid.addComponentColumn(r -> new Anchor(OrgPaths.repository(r.organisation(), r.name()), r.name()))
        .setKey("name")
        .setHeader(getTranslation("repositories.column.name"));
    grid.addColumn(RepositorySummary::gun).setKey("gun").setHeader(getTranslation("repositories.column.gun"));
    grid.addColumn(r -> Times.format(r.createdAt(), getLocale()))
        .setKey("created")
        .setHeader(getTranslation("repositories.column.created"));
    grid.setItems(
        query -> repositories.list(org, filter.getValue(), new PageRequest(query.getPage(), query.getPageSize()))
            .items()
            .stream(),
        query -> (int) repositories.list(org, filter.getValue(), new PageRequest(0, 1)).total());
    return grid;
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
    String done = created.initialisationChange() == null
        ? getTranslation("repositories.created", created.gun())
        : getTranslation("repositories.created-pending", created.gun(), created.initialisationChange());
    Notification.show(done)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    grid.getDataProvider().refreshAll();
  }

  private void openImportDialog() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("repository.import.title"));
    dialog.setWidth("min(60rem, 100vw)");
    RepositoryImportForm form = new RepositoryImportForm(org, imports.gunPrefix(org));
    // As for creation: the progress bar while notary-server is asked, ended by any failure.
    form.addCreateListener(event ->
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
