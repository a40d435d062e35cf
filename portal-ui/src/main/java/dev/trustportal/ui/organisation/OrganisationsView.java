package dev.trustportal.ui.organisation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.identity.AccountNotFoundException;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.organisation.CreateOrganisation;
import dev.trustportal.portal.organisation.OrganisationService;
import dev.trustportal.portal.organisation.OrganisationSummary;
import dev.trustportal.portal.support.SupportDesk;
import dev.trustportal.portal.tenancy.PlatformOrganisations;
import dev.trustportal.portal.worklist.OrganisationDirectory;
import dev.trustportal.portal.worklist.OrganisationListing;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.component.OrgPaths;
import dev.trustportal.ui.component.Times;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.layout.MainLayout;
import dev.trustportal.ui.membership.MembersView;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The caller's organisations, paged in the database as the user scrolls and searchable by name,
 * each with the caller's role there and the counts of its repositories, members and pending
 * changes, linking to those pages. An empty list says what to do next. Platform admins see here too
 * only those they belong to; they also create organisations here, naming the first owner
 * (themselves when they name nobody).
 */
@Route(value = Routes.ORGANISATIONS, layout = MainLayout.class)
@PermitAll
public class OrganisationsView extends VerticalLayout
    implements HasDynamicTitle, BeforeEnterObserver {

  private static final long serialVersionUID = 1L;

  private final transient OrganisationService organisations;
  private final transient PlatformOrganisations platform;
  private final transient SupportDesk desk;
  private final transient OrganisationDirectory directory;
  private final transient CallerContext caller;
  private final Grid<OrganisationListing> grid = new Grid<>();
  private final TextField search = new TextField();
  private final Paragraph emptyState = new Paragraph();

  @Inject
  public OrganisationsView(
      OrganisationService organisations,
      OrganisationDirectory directory,
      PlatformOrganisations platform,
      SupportDesk desk,
      CallerContext caller) {
    this.desk = desk;
    this.directory = directory;
    this.caller = caller;
    this.organisations = organisations;
    this.platform = platform;
    setSizeFull();
    add(new H2(getTranslation("organisations.heading")));
    HorizontalLayout toolbar = new HorizontalLayout(searchField());
    if (isPlatformAdmin()) {
      toolbar.add(newOrganisationButton());
    }
    add(toolbar, configureGrid());
  }

  /**
   * A support agent who belongs to no organisation starts at the support desk, not on an empty
   * list.
   */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (desk.startsAtDesk()) {
      event.forwardTo(Routes.SUPPORT);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("organisations.title");
  }

  /** Only hides the button: the service refuses creation to anyone else regardless. */
  private boolean isPlatformAdmin() {
    return caller.platformAdmin();
  }

  private Button newOrganisationButton() {
    Button button = new Button(getTranslation("organisations.new"), VaadinIcon.PLUS.create());
    button.setId("new-org-button");
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    button.addClickListener(event -> openCreateDialog());
    return button;
  }

  private TextField searchField() {
    search.setId("org-search");
    search.setPlaceholder(getTranslation("organisations.search"));
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(
        event -> {
          emptyState.setText(emptyText());
          grid.getDataProvider().refreshAll();
        });
    return search;
  }

  private Grid<OrganisationListing> configureGrid() {
    grid.setId("org-grid");
    grid.setSizeFull();
    // The name leads to the organisation's overview; the counts to the pages they count.
    grid.addComponentColumn(
            listing -> new Anchor(OrgPaths.organisation(listing.name()), listing.name()))
        .setKey("name")
        .setHeader(getTranslation("organisations.column.name"));
    grid.addColumn(listing -> getTranslation("member.role." + listing.role().name()))
        .setKey("role")
        .setHeader(getTranslation("organisations.column.role"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(
            listing ->
                link(
                    OrgPaths.repositories(listing.name()),
                    Long.toString(listing.repositories()),
                    "repositories-link-" + listing.name()))
        .setKey("repositories")
        .setHeader(getTranslation("organisations.column.repositories"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(this::membersLink)
        .setKey("members")
        .setHeader(getTranslation("organisations.column.members"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(
            listing ->
                link(
                    OrgPaths.changes(listing.name()),
                    getTranslation("organisations.pending-changes", listing.pendingChanges()),
                    "changes-link-" + listing.name()))
        .setKey("changes")
        .setHeader(getTranslation("organisations.column.changes"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(listing -> Times.format(listing.createdAt(), getLocale()))
        .setKey("created")
        .setHeader(getTranslation("organisations.column.created"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItems(
        query ->
            directory
                .list(search.getValue(), new PageRequest(query.getPage(), query.getPageSize()))
                .items()
                .stream(),
        query -> (int) organisations.list(search.getValue(), new PageRequest(0, 1)).total());
    emptyState.setId("org-empty");
    emptyState.setText(emptyText());
    grid.setEmptyStateComponent(emptyState);
    return grid;
  }

  /** What to do next when the list is empty: another search, creating one, or asking an owner. */
  private String emptyText() {
    if (!search.getValue().isBlank()) {
      return getTranslation("organisations.empty.search", search.getValue().strip());
    }
    return getTranslation(
        isPlatformAdmin() ? "organisations.empty.platform-admin" : "organisations.empty");
  }

  private void openCreateDialog() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("organisation.form.title"));
    OrganisationForm form = new OrganisationForm();
    form.addCreateListener(event -> create(event.name(), form, dialog));
    form.addCancelListener(event -> dialog.close());
    dialog.add(form);
    dialog.open();
    form.focusName();
  }

  private void create(String name, OrganisationForm form, Dialog dialog) {
    OrganisationSummary created;
    try {
      created =
          platform.createOrganisation(new CreateOrganisation(name, Optional.of(form.firstOwner())));
    } catch (AccountNotFoundException unknownOwner) {
      form.showOwnerError(PortalMessages.of(this, unknownOwner));
      return;
    } catch (PortalException rejected) {
      form.showNameError(PortalMessages.of(this, rejected));
      return;
    }
    dialog.close();
    Notification.show(getTranslation("organisations.created", created.name()))
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    grid.getDataProvider().refreshAll();
  }

  private static Anchor link(String path, String text, String id) {
    Anchor link = new Anchor(path, text);
    link.setId(id);
    return link;
  }

  private RouterLink membersLink(OrganisationListing listing) {
    RouterLink link =
        new RouterLink(
            Long.toString(listing.members()),
            MembersView.class,
            new RouteParameters(Routes.ORG, listing.name()));
    link.setId("members-link-" + listing.name());
    return link;
  }
}
