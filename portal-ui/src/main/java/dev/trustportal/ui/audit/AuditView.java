package dev.trustportal.ui.audit;

import dev.trustportal.ui.component.Times;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import dev.trustportal.portal.audit.AuditEntry;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.ChainVerification;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.identity.Roles;
import dev.trustportal.portal.organisation.OrganisationService;
import dev.trustportal.portal.organisation.OrganisationSummary;
import dev.trustportal.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of one audit chain, paged in the database as the user scrolls, and its verification. The
 * chosen organisation is in the URL ({@code audit?org=acme}), so a chain can be linked to.
 */
@Route(value = "audit", layout = MainLayout.class)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class AuditView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

  private static final long serialVersionUID = 1L;
  // A combo box cannot hold null; the empty string stands for the platform chain.
  private static final String PLATFORM = "";
  private static final int HASH_SHOWN = 12;
  private static final String ORG_PARAMETER = "org";

  private final transient AuditLog audit;
  private final transient OrganisationService organisations;
  private final ComboBox<String> chain = new ComboBox<>();
  private final Grid<AuditEntry> grid = new Grid<>();
  private final Span verifyResult = new Span();
  private final List<String> chains = new ArrayList<>();

  @Inject
  public AuditView(AuditLog audit, OrganisationService organisations) {
    this.audit = audit;
    this.organisations = organisations;
    setSizeFull();
    add(new H2(getTranslation("audit.heading")), toolbar(), configureGrid());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    // An organisation that is not (or no longer) in the list leaves the platform chain shown.
    event
        .getLocation()
        .getQueryParameters()
        .getSingleParameter(ORG_PARAMETER)
        .filter(chains::contains)
        .ifPresent(chain::setValue);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("audit.title");
  }

  private HorizontalLayout toolbar() {
    chain.setId("audit-chain-select");
    chain.setLabel(getTranslation("audit.chain"));
    chains.addAll(chains());
    chain.setItems(chains);
    chain.setItemLabelGenerator(
        name -> PLATFORM.equals(name) ? getTranslation("audit.chain.platform") : name);
    chain.setValue(PLATFORM);
    chain.setAllowCustomValue(false);
    chain.addValueChangeListener(
        event -> {
          showChain();
          if (event.isFromClient()) {
            rememberInUrl();
          }
        });

    Button verify = new Button(getTranslation("audit.verify"), VaadinIcon.CHECK_CIRCLE.create());
    verify.setId("audit-verify-button");
    verify.addClickListener(event -> verifyChain());
    verifyResult.setId("audit-verify-result");

    HorizontalLayout toolbar = new HorizontalLayout(chain, verify, verifyResult);
    toolbar.setAlignItems(Alignment.BASELINE);
    return toolbar;
  }

  /** The platform chain first, then the organisations by name (the first page is plenty for now). */
  private List<String> chains() {
    List<String> names = new ArrayList<>();
    names.add(PLATFORM);
    organisations.list(new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
        .map(OrganisationSummary::name)
        .forEach(names::add);
    return names;
  }

  private Grid<AuditEntry> configureGrid() {
    grid.setId("audit-grid");
    grid.setSizeFull();
    grid.addColumn(AuditEntry::id).setKey("id").setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(entry -> Times.format(entry.occurredAt(), getLocale()))
        .setKey("occurred")
        .setHeader(getTranslation("audit.column.occurred"))
        .setAutoWidth(true);
    grid.addColumn(AuditEntry::actor).setKey("actor").setHeader(getTranslation("audit.column.actor"));
    grid.addColumn(AuditEntry::action)
        .setKey("action")
        .setHeader(getTranslation("audit.column.action"))
        .setAutoWidth(true);
    grid.addColumn(AuditEntry::target).setKey("target").setHeader(getTranslation("audit.column.target"));
    grid.addColumn(entry -> getTranslation("audit.outcome." + entry.outcome().name()))
        .setKey("outcome")
        .setHeader(getTranslation("audit.column.outcome"));
    grid.addColumn(AuditEntry::detail).setKey("detail").setHeader(getTranslation("audit.column.detail"));
    grid.addColumn(entry -> entry.hash().substring(0, HASH_SHOWN) + "\u2026")
        .setKey("hash")
        .setHeader(getTranslation("audit.column.hash"));
    grid.setItems(
        query ->
            audit
                .page(selectedChain(), new PageRequest(query.getPage(), query.getPageSize()))
                .items()
                .stream(),
        query -> Math.toIntExact(audit.count(selectedChain())));
    return grid;
  }

  /** The service names the platform chain with null. */
  private String selectedChain() {
    String name = chain.getValue();
    return name == null || PLATFORM.equals(name) ? null : name;
  }

  private void showChain() {
    verifyResult.setText("");
    grid.getDataProvider().refreshAll();
  }

  private void rememberInUrl() {
    String org = selectedChain();
    String url = RouteConfiguration.forSessionScope().getUrl(AuditView.class);
    String location =
        org == null ? url : url + "?" + QueryParameters.of(ORG_PARAMETER, org).getQueryString();
    getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
  }

  private void verifyChain() {
    ChainVerification result = audit.verify(selectedChain());
    // Show the rows as they are now, so that what was verified is what is on screen.
    grid.getDataProvider().refreshAll();
    verifyResult.setText(
        result.ok()
            ? getTranslation("audit.verify.intact", result.checked())
            : getTranslation("audit.verify.broken", result.firstBrokenEventId()));
    verifyResult
        .getStyle()
        .set("color", result.ok() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
  }

}
