package dev.trustportal.ui.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.trustportal.portal.audit.AuditEntry;
import dev.trustportal.portal.audit.AuditExportFormat;
import dev.trustportal.portal.audit.AuditFilter;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.ChainVerification;
import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.component.Times;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.layout.MainLayout;
import dev.trustportal.ui.layout.OrganisationGate;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The events of one audit chain, paged in the database as the user scrolls, and its verification.
 * The chain picker offers what the user may read: the chains of the organisations they own or
 * administer, and, for platform admins, the platform chain too. The services decide; an
 * organisation asked for in the URL ({@code audit?org=acme}) that the user may not read is "not
 * found" (a non-member) or refused (a member in another role), as in the API.
 */
@Route(value = Routes.AUDIT, layout = MainLayout.class)
@PermitAll
public class AuditView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

  private static final long serialVersionUID = 1L;
  // A combo box cannot hold null; the empty string stands for the platform chain.
  private static final String PLATFORM = "";
  private static final int HASH_SHOWN = 10;

  private final transient AuditLog audit;
  private final ComboBox<String> chain = new ComboBox<>();
  private final Grid<AuditEntry> grid = new Grid<>();
  private final Icon verifyIcon = VaadinIcon.CHECK.create();
  private final Span verifyResult = new Span();
  private final List<String> chains = new ArrayList<>();
  private final HorizontalLayout toolbar;
  private final AuditFilterBar filters = new AuditFilterBar(this::filter);
  private final Span matching = new Span();
  private final Anchor exportCsv = new Anchor();
  private final Anchor exportJson = new Anchor();
  private AuditFilter filter = AuditFilter.NONE;

  @Inject
  public AuditView(AuditLog audit) {
    this.audit = audit;
    setSizeFull();
    toolbar = toolbar();
    configureGrid();
  }

  /** Built anew on every navigation: what the user may read can change between two. */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    add(new H2(getTranslation("audit.heading")));
    chains.clear();
    chains.addAll(readableChains());
    Optional<String> asked =
        event.getLocation().getQueryParameters().getSingleParameter(Routes.AUDIT_ORG);
    if (asked.isPresent() && !chains.contains(asked.get()) && !mayRead(asked.get(), event)) {
      return;
    }
    if (chains.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("audit.none"));
      none.setId("audit-none");
      add(none);
      return;
    }
    chain.setItems(chains);
    chain.setValue(asked.orElse(chains.get(0)));
    add(toolbar, filters, matching, grid);
    showChain();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("audit.title");
  }

  /** The platform chain first (for platform admins), then the organisations by name. */
  private List<String> readableChains() {
    List<String> names = new ArrayList<>();
    if (audit.platformChainReadable()) {
      names.add(PLATFORM);
    }
    names.addAll(audit.readableOrganisations());
    return names;
  }

  /**
   * Asks the services about a chain that is not offered: readable after all (the offer is capped),
   * or the not-found page, or the refusal's message instead of the chain.
   */
  private boolean mayRead(String organisation, BeforeEnterEvent event) {
    try {
      audit.requireReadable(organisation);
      chains.add(organisation);
      return true;
    } catch (PortalException refused) {
      if (refused.kind() == PortalException.Kind.NOT_FOUND) {
        OrganisationGate.showNotFound(event);
      } else {
        Paragraph error = new Paragraph(PortalMessages.of(this, refused));
        error.setId("audit-refused");
        error.addClassName("tp-error-text");
        add(error);
      }
      return false;
    }
  }

  private HorizontalLayout toolbar() {
    chain.setId("audit-chain-select");
    chain.setLabel(getTranslation("audit.chain"));
    chain.setItemLabelGenerator(
        name -> PLATFORM.equals(name) ? getTranslation("audit.chain.platform") : name);
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
    verifyIcon.setVisible(false);
    verifyResult.setId("audit-verify-result");
    verifyResult.addClassName("tp-strong");
    HorizontalLayout verdict = new HorizontalLayout(verifyIcon, verifyResult);
    verdict.setAlignItems(Alignment.CENTER);
    verdict.setSpacing(false);
    verdict.addClassName("tp-gap-xs");

    exportLink(exportCsv, "audit-export-csv", "audit.export.csv");
    exportLink(exportJson, "audit-export-json", "audit.export.json");
    matching.setId("audit-matching");
    matching.addClassNames("tp-secondary-text", "tp-small");

    HorizontalLayout toolbar = new HorizontalLayout(chain, verify, verdict, exportCsv, exportJson);
    toolbar.setAlignItems(Alignment.BASELINE);
    toolbar.addClassName("tp-wrap");
    return toolbar;
  }

  private void exportLink(Anchor link, String id, String label) {
    link.setId(id);
    link.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation(label)));
    link.addClassName("tp-gap-xs");
  }

  /**
   * Sized to fit beside the drawer without scrolling sideways: narrow columns wrap (targets and
   * details take the room that is left), the hash is cut and shown whole in a tooltip.
   */
  private void configureGrid() {
    grid.setId("audit-grid");
    grid.setSizeFull();
    // Below the filters a full-size grid could be a few rows tall: the page scrolls instead.
    grid.setMinHeight("24rem");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    grid.addColumn(AuditEntry::id).setKey("id").setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(entry -> Times.format(entry.occurredAt(), getLocale()))
        .setKey("occurred")
        .setHeader(getTranslation("audit.column.occurred"))
        .setWidth("9em")
        .setFlexGrow(0);
    grid.addColumn(AuditEntry::actor)
        .setKey("actor")
        .setHeader(getTranslation("audit.column.actor"))
        .setWidth("7em")
        .setFlexGrow(1);
    // The action in words; the code stays at hand as the tooltip and in data-action.
    grid.addColumn(
            LitRenderer.<AuditEntry>of("<span data-action=${item.code}>${item.label}</span>")
                .withProperty("code", AuditEntry::action)
                .withProperty("label", entry -> AuditActions.label(this, entry.action())))
        .setKey("action")
        .setHeader(getTranslation("audit.column.action"))
        .setTooltipGenerator(AuditEntry::action)
        .setWidth("11em")
        .setFlexGrow(0);
    grid.addColumn(AuditEntry::target)
        .setKey("target")
        .setHeader(getTranslation("audit.column.target"))
        .setWidth("8em")
        .setFlexGrow(2);
    grid.addColumn(entry -> getTranslation("audit.outcome." + entry.outcome().name()))
        .setKey("outcome")
        .setHeader(getTranslation("audit.column.outcome"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    // One line here; a click on the row opens the whole detail below it.
    grid.addColumn(
            LitRenderer.<AuditEntry>of("<span class=\"tp-cut\">${item.detail}</span>")
                .withProperty("detail", entry -> entry.detail() == null ? "" : entry.detail()))
        .setKey("detail")
        .setHeader(getTranslation("audit.column.detail"))
        .setTooltipGenerator(entry -> getTranslation("audit.details.expand"))
        .setWidth("10em")
        .setFlexGrow(3);
    grid.addColumn(entry -> entry.hash().substring(0, HASH_SHOWN) + "\u2026")
        .setKey("hash")
        .setHeader(getTranslation("audit.column.hash"))
        .setTooltipGenerator(AuditEntry::hash)
        .setWidth("7em")
        .setFlexGrow(0);
    grid.setItemDetailsRenderer(new ComponentRenderer<>(AuditEntryDetails::new));
    grid.setDetailsVisibleOnClick(true);
    grid.setItems(
        query -> page(new PageRequest(query.getPage(), query.getPageSize())).items().stream(),
        query -> Math.toIntExact(count()));
  }

  /**
   * The service names the platform chain with separate calls, which only platform admins may make.
   */
  private Optional<String> selectedOrganisation() {
    String name = chain.getValue();
    return name == null || PLATFORM.equals(name) ? Optional.empty() : Optional.of(name);
  }

  private Page<AuditEntry> page(PageRequest request) {
    return selectedOrganisation()
        .map(org -> audit.search(org, filter, request))
        .orElseGet(() -> audit.platformSearch(filter, request));
  }

  private long count() {
    long count =
        selectedOrganisation()
            .map(org -> audit.count(org, filter))
            .orElseGet(() -> audit.platformCount(filter));
    matching.setText(getTranslation("audit.filter.matching", count));
    return count;
  }

  private void showChain() {
    verifyIcon.setVisible(false);
    verifyResult.setText("");
    filters.offerActions(
        selectedOrganisation().map(audit::actions).orElseGet(audit::platformActions));
    refresh();
  }

  /** The filter bar's filter: the grid shows it, the export links write it. */
  private void filter(AuditFilter changed) {
    filter = changed;
    refresh();
  }

  private void refresh() {
    grid.getDataProvider().refreshAll();
    exportCsv.setHref(export(AuditExportFormat.CSV));
    exportJson.setHref(export(AuditExportFormat.JSON));
  }

  /**
   * A download of what is shown now: the chain and filter are fixed when the link is made, and the
   * service records who exported what when the link is followed.
   */
  private DownloadHandler export(AuditExportFormat format) {
    Optional<String> organisation = selectedOrganisation();
    AuditFilter shown = filter;
    AuditLog log = audit;
    return event -> {
      event.setFileName(format.fileName(organisation.orElse("platform"), Instant.now()));
      event.setContentType(format.mediaType() + ";charset=UTF-8");
      try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
        if (organisation.isPresent()) {
          log.export(organisation.get(), shown, format, out);
        } else {
          log.exportPlatform(shown, format, out);
        }
      }
    };
  }

  private void rememberInUrl() {
    String url = RouteConfiguration.forSessionScope().getUrl(AuditView.class);
    String location =
        selectedOrganisation()
            .map(org -> url + "?" + QueryParameters.of(Routes.AUDIT_ORG, org).getQueryString())
            .orElse(url);
    getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
  }

  private void verifyChain() {
    ChainVerification result =
        selectedOrganisation().map(audit::verify).orElseGet(audit::verifyPlatform);
    // Show the rows as they are now, so that what was verified is what is on screen.
    grid.getDataProvider().refreshAll();
    verifyResult.setText(
        result.ok()
            ? getTranslation("audit.verify.intact", result.checked())
            : getTranslation("audit.verify.broken", result.firstBrokenEventId()));
    String color = result.ok() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)";
    verifyResult.setClassName("tp-success-text", result.ok());
    verifyResult.setClassName("tp-error-text", !result.ok());
    verifyIcon.getElement().setAttribute("icon", result.ok() ? "vaadin:check" : "vaadin:warning");
    verifyIcon.setColor(color);
    verifyIcon.setVisible(true);
  }
}
