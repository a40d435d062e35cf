package dev.trustportal.ui.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.support.RepositoryHealth;
import dev.trustportal.portal.support.SupportDesk;
import dev.trustportal.portal.support.SupportSearch;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The support desk's search: repositories of every organisation whose GUN contains the text, with
 * the trust health of each, one page at a time (each page reads notary-server live and is audited,
 * so the grid is paged by buttons, not by scrolling). The text is in the URL ({@code
 * support?gun=acme}). Opening the desk searches nothing: a search reads every organisation's trust
 * data it shows and is recorded in their audit chains, so it happens only when the agent asks for
 * one.
 */
@Route(value = Routes.SUPPORT, layout = MainLayout.class)
@RolesAllowed({Roles.SUPPORT, Roles.PLATFORM_ADMIN})
public class SupportDeskView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;
  private static final String GUN_PARAMETER = "gun";
  static final int PAGE_SIZE = 20;

  private final transient SupportSearch search;
  private final transient SupportDesk desk;
  private final TextField gun = new TextField();
  private final Grid<RepositoryHealth> grid = new Grid<>();
  private final Span pageInfo = new Span();
  private final Span error = new Span();
  private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
  private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
  private int page;
  private long total;

  @Inject
  public SupportDeskView(SupportSearch search, SupportDesk desk) {
    this.search = search;
    this.desk = desk;
    setSizeFull();
    RouterLink caseList =
        new RouterLink(getTranslation("support.cases.link"), SupportCasesView.class);
    caseList.setId("support-cases-link");
    error.setId("support-error");
    error.addClassName("tp-error-text");
    add(
        new H2(getTranslation("support.heading")),
        new Span(getTranslation("support.explain")),
        toolbar(),
        caseList,
        error,
        configureGrid(),
        pager());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<String> asked =
        event.getLocation().getQueryParameters().getSingleParameter(GUN_PARAMETER);
    gun.setValue(asked.orElse(""));
    if (asked.isPresent()) {
      show(0);
    } else {
      awaitSearch();
    }
  }

  /** Nothing searched yet: the grid says how to start, the pager has nothing to page. */
  private void awaitSearch() {
    grid.setItems(List.of());
    error.setText("");
    pageInfo.setText(getTranslation("support.not-searched"));
    previous.setEnabled(false);
    next.setEnabled(false);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("support.title");
  }

  private Component toolbar() {
    gun.setId("support-gun-filter");
    gun.setLabel(getTranslation("support.filter.gun"));
    gun.setPlaceholder(getTranslation("support.filter.placeholder"));
    gun.setClearButtonVisible(true);
    gun.setWidth("min(32rem, 90vw)");
    gun.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, event -> searchAnew());
    Button searchButton =
        new Button(
            getTranslation("support.search"), VaadinIcon.SEARCH.create(), event -> searchAnew());
    searchButton.setId("support-search-button");
    searchButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout toolbar = new HorizontalLayout(gun, searchButton);
    toolbar.setAlignItems(Alignment.BASELINE);
    return toolbar;
  }

  private Grid<RepositoryHealth> configureGrid() {
    grid.setId("support-grid");
    grid.setSizeFull();
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(RepositoryHealth::organisation)
        .setKey("organisation")
        .setHeader(getTranslation("support.column.organisation"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    // The GUN wraps rather than leaving the findings a narrow column.
    grid.addColumn(RepositoryHealth::gun)
        .setKey("gun")
        .setHeader(getTranslation("support.column.gun"))
        .setWidth("16rem")
        .setFlexGrow(1);
    grid.addComponentColumn(HealthBadge::new)
        .setKey("health")
        .setHeader(getTranslation("support.column.health"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(this::findings)
        .setKey("findings")
        .setHeader(getTranslation("support.column.findings"))
        .setWidth("18rem")
        .setFlexGrow(2);
    grid.addComponentColumn(this::openCaseButton)
        .setKey("actions")
        .setAutoWidth(true)
        .setFlexGrow(0)
        .setFrozenToEnd(true);
    return grid;
  }

  private Component findings(RepositoryHealth health) {
    VerticalLayout lines = new VerticalLayout();
    lines.setPadding(false);
    lines.setSpacing(false);
    if (health.healthy()) {
      lines.add(new Span(getTranslation("support.findings.none")));
    }
    health
        .findings()
        .forEach(
            f -> {
              Span line = new Span(FindingTexts.of(this, f));
              line.getElement().setAttribute("data-kind", f.kind().name());
              lines.add(line);
            });
    return lines;
  }

  /**
   * Open case, or, while the repository has open cases, the way to them: one is carried on, not
   * doubled.
   */
  private Component openCaseButton(RepositoryHealth health) {
    if (!health.offersNewCase()) {
      Anchor cases =
          new Anchor(
              Routes.SUPPORT_CASES
                  + "?"
                  + QueryParameters.of(GUN_PARAMETER, health.gun()).getQueryString(),
              getTranslation("support.open-cases", health.openCases()));
      cases.setId("open-cases-" + health.gun().replaceAll("[^A-Za-z0-9]", "-"));
      return cases;
    }
    Button open =
        new Button(
            getTranslation("support.open-case"),
            VaadinIcon.LIFEBUOY.create(),
            event -> openCase(health.gun()));
    open.setId("open-case-" + health.gun().replaceAll("[^A-Za-z0-9]", "-"));
    open.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return open;
  }

  private void openCase(String gun) {
    new OpenCaseDialog(
            desk,
            gun,
            created ->
                getUI()
                    .ifPresent(
                        ui ->
                            ui.navigate(
                                SupportCaseView.class,
                                new RouteParameters(Routes.CASE_ID, String.valueOf(created.id())))))
        .open();
  }

  private Component pager() {
    previous.setId("support-previous");
    previous.setAriaLabel(getTranslation("support.previous"));
    previous.addClickListener(event -> show(page - 1));
    next.setId("support-next");
    next.setAriaLabel(getTranslation("support.next"));
    next.addClickListener(event -> show(page + 1));
    pageInfo.setId("support-page-info");
    HorizontalLayout pager = new HorizontalLayout(previous, pageInfo, next);
    pager.setAlignItems(Alignment.CENTER);
    return pager;
  }

  private void searchAnew() {
    rememberInUrl();
    show(0);
  }

  private void show(int wanted) {
    error.setText("");
    try {
      Page<RepositoryHealth> found =
          search.search(gun.getValue(), new PageRequest(wanted, PAGE_SIZE));
      page = wanted;
      total = found.total();
      grid.setItems(found.items());
    } catch (PortalException refused) {
      error.setText(PortalMessages.of(this, refused));
      grid.setItems(List.of());
      total = 0;
    }
    long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    pageInfo.setText(getTranslation("support.page", page + 1, pages, total));
    previous.setEnabled(page > 0);
    next.setEnabled(page + 1 < pages);
  }

  private void rememberInUrl() {
    String text = gun.getValue().strip();
    String location =
        text.isEmpty()
            ? Routes.SUPPORT
            : Routes.SUPPORT + "?" + QueryParameters.of(GUN_PARAMETER, text).getQueryString();
    getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
  }
}
