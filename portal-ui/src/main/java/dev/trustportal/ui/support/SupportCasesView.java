package dev.trustportal.ui.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.support.CaseDetails;
import dev.trustportal.portal.support.CaseFilter;
import dev.trustportal.portal.support.CaseState;
import dev.trustportal.portal.support.SupportDesk;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.component.Times;
import dev.trustportal.ui.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Support cases, newest first, paged in the database as the user scrolls: every case for support
 * staff, the cases of their own organisations for members (the service decides). Filtered by state
 * and by a part of the GUN, both in the URL ({@code
 * support/cases?state=AWAITING_APPROVAL&gun=acme/api}).
 */
@Route(value = Routes.SUPPORT_CASES, layout = MainLayout.class)
@PermitAll
public class SupportCasesView extends VerticalLayout
    implements HasDynamicTitle, BeforeEnterObserver {

  private static final long serialVersionUID = 1L;
  private static final String STATE_PARAMETER = "state";
  private static final String GUN_PARAMETER = "gun";

  private final transient SupportDesk desk;
  private final Grid<CaseDetails> grid = new Grid<>();
  private final Select<CaseState> state = new Select<>();
  private final TextField gun = new TextField();

  @Inject
  public SupportCasesView(SupportDesk desk) {
    this.desk = desk;
    setSizeFull();
    add(new H2(getTranslation("support.cases.heading")), filters(), configureGrid());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    QueryParameters query = event.getLocation().getQueryParameters();
    state.setValue(
        query
            .getSingleParameter(STATE_PARAMETER)
            .flatMap(
                name ->
                    Arrays.stream(CaseState.values())
                        .filter(s -> s.name().equalsIgnoreCase(name))
                        .findFirst())
            .orElse(null));
    gun.setValue(query.getSingleParameter(GUN_PARAMETER).orElse(""));
    grid.getDataProvider().refreshAll();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("support.cases.title");
  }

  private Component filters() {
    state.setId("case-state-filter");
    state.setLabel(getTranslation("support.case.state"));
    state.setItems(CaseState.values());
    state.setEmptySelectionAllowed(true);
    state.setEmptySelectionCaption(getTranslation("support.cases.filter.all-states"));
    state.setItemLabelGenerator(
        s ->
            s == null
                ? getTranslation("support.cases.filter.all-states")
                : getTranslation("support.state." + s.name()));
    state.addValueChangeListener(event -> filtered(event.isFromClient()));
    gun.setId("case-gun-filter");
    gun.setLabel(getTranslation("support.filter.gun"));
    gun.setPlaceholder(getTranslation("support.filter.placeholder"));
    gun.setClearButtonVisible(true);
    gun.setValueChangeMode(ValueChangeMode.LAZY);
    gun.setWidth("min(28rem, 90vw)");
    gun.addValueChangeListener(event -> filtered(event.isFromClient()));
    HorizontalLayout filters = new HorizontalLayout(state, gun);
    filters.setAlignItems(Alignment.BASELINE);
    filters.addClassName("tp-wrap");
    return filters;
  }

  private Grid<CaseDetails> configureGrid() {
    grid.setId("case-grid");
    grid.setSizeFull();
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addComponentColumn(this::link)
        .setKey("id")
        .setHeader("#")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(c -> CaseTexts.kind(this, c))
        .setKey("kind")
        .setHeader(getTranslation("support.cases.column.kind"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    // A GUN is one long word: it breaks anywhere rather than being cut off where repositories
    // differ.
    grid.addComponentColumn(SupportCasesView::fullGun)
        .setKey("gun")
        .setHeader(getTranslation("support.column.gun"))
        .setWidth("14rem")
        .setFlexGrow(1);
    grid.addColumn(CaseDetails::ticket)
        .setKey("ticket")
        .setHeader(getTranslation("support.case.ticket"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(c -> new CaseStateBadge(c.state()))
        .setKey("state")
        .setHeader(getTranslation("support.case.state"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(c -> CaseTexts.approvals(this, c))
        .setKey("approvals")
        .setHeader(getTranslation("support.case.approvals"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(c -> c.openedBy() + ", " + Times.formatShort(c.openedAt(), getLocale()))
        .setKey("opened")
        .setHeader(getTranslation("support.case.opened-by"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItems(
        query ->
            desk
                .list(filter(), new PageRequest(query.getPage(), query.getPageSize()))
                .items()
                .stream(),
        query -> Math.toIntExact(desk.list(filter(), new PageRequest(0, 1)).total()));
    return grid;
  }

  private CaseFilter filter() {
    return new CaseFilter(state.getValue(), gun.getValue());
  }

  private static Span fullGun(CaseDetails c) {
    Span text = new Span(c.gun());
    text.addClassName("tp-wrap-anywhere");
    return text;
  }

  private void filtered(boolean byUser) {
    grid.getDataProvider().refreshAll();
    if (byUser) {
      Map<String, String> chosen = new LinkedHashMap<>();
      Optional.ofNullable(state.getValue()).ifPresent(s -> chosen.put(STATE_PARAMETER, s.name()));
      Optional.of(gun.getValue().strip())
          .filter(g -> !g.isEmpty())
          .ifPresent(g -> chosen.put(GUN_PARAMETER, g));
      String location =
          chosen.isEmpty()
              ? Routes.SUPPORT_CASES
              : Routes.SUPPORT_CASES + "?" + QueryParameters.simple(chosen).getQueryString();
      getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
    }
  }

  private RouterLink link(CaseDetails c) {
    RouterLink link =
        new RouterLink(
            "#" + c.id(),
            SupportCaseView.class,
            new RouteParameters(Routes.CASE_ID, String.valueOf(c.id())));
    link.setId("case-link-" + c.id());
    return link;
  }
}
