package dev.trustportal.ui.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
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
    add(toolbar, grid);
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

    HorizontalLayout toolbar = new HorizontalLayout(chain, verify, verdict);
    toolbar.setAlignItems(Alignment.BASELINE);
    return toolbar;
  }

  /**
   * Sized to fit beside the drawer without scrolling sideways: narrow columns wrap (targets and
   * details take the room that is left), the hash is cut and shown whole in a tooltip.
   */
  private void configureGrid() {
    grid.setId("audit-grid");
    grid.setSizeFull();
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
    grid.addColumn(AuditEntry::action)
        .setKey("action")
        .setHeader(getTranslation("audit.column.action"))
        .setWidth("10.5em")
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
    grid.addColumn(AuditEntry::detail)
        .setKey("detail")
        .setHeader(getTranslation("audit.column.detail"))
        .setWidth("10em")
        .setFlexGrow(3);
    grid.addColumn(entry -> entry.hash().substring(0, HASH_SHOWN) + "\u2026")
        .setKey("hash")
        .setHeader(getTranslation("audit.column.hash"))
        .setTooltipGenerator(AuditEntry::hash)
        .setWidth("7em")
        .setFlexGrow(0);
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
        .map(org -> audit.page(org, request))
        .orElseGet(() -> audit.platformPage(request));
  }

  private long count() {
    return selectedOrganisation().map(audit::count).orElseGet(audit::platformCount);
  }

  private void showChain() {
    verifyIcon.setVisible(false);
    verifyResult.setText("");
    grid.getDataProvider().refreshAll();
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
