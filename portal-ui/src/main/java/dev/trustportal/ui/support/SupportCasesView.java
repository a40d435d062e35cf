package dev.trustportal.ui.support;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.support.CaseFilter;
import dev.trustportal.portal.support.CaseView;
import dev.trustportal.portal.support.SupportDesk;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.component.Times;
import dev.trustportal.ui.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/**
 * Support cases, newest first, paged in the database as the user scrolls: every case for support staff,
 * the cases of their own organisations for members (the service decides).
 */
@Route(value = Routes.SUPPORT_CASES, layout = MainLayout.class)
@PermitAll
public class SupportCasesView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient SupportDesk desk;
  private final Grid<CaseView> grid = new Grid<>();

  @Inject
  public SupportCasesView(SupportDesk desk) {
    this.desk = desk;
    setSizeFull();
    add(new H2(getTranslation("support.cases.heading")), configureGrid());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("support.cases.title");
  }

  private Grid<CaseView> configureGrid() {
    grid.setId("case-grid");
    grid.setSizeFull();
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addComponentColumn(this::link).setKey("id").setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(c -> CaseTexts.kind(this, c)).setKey("kind")
        .setHeader(getTranslation("support.cases.column.kind")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(CaseView::gun).setKey("gun").setHeader(getTranslation("support.column.gun")).setFlexGrow(1);
    grid.addColumn(CaseView::ticket).setKey("ticket")
        .setHeader(getTranslation("support.case.ticket")).setAutoWidth(true).setFlexGrow(0);
    grid.addComponentColumn(c -> new CaseStateBadge(c.state())).setKey("state")
        .setHeader(getTranslation("support.case.state")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(c -> CaseTexts.approvals(this, c)).setKey("approvals")
        .setHeader(getTranslation("support.case.approvals")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(c -> c.openedBy() + ", " + Times.formatShort(c.openedAt(), getLocale())).setKey("opened")
        .setHeader(getTranslation("support.case.opened-by")).setAutoWidth(true).setFlexGrow(0);
    grid.setItems(
        query -> desk.list(CaseFilter.ALL, new PageRequest(query.getPage(), query.getPageSize())).items().stream(),
        query -> Math.toIntExact(desk.list(CaseFilter.ALL, new PageRequest(0, 1)).total()));
    return grid;
  }

  private RouterLink link(CaseView c) {
    RouterLink link = new RouterLink("#" + c.id(), SupportCaseView.class,
        new RouteParameters(Routes.CASE_ID, String.valueOf(c.id())));
    link.setId("case-link-" + c.id());
    return link;
  }
}
