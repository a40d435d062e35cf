package dev.trustportal.ui.organisation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.trustportal.portal.approval.ApprovalService;
import dev.trustportal.portal.change.ChangeService;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.expiry.DelegationWarning;
import dev.trustportal.portal.expiry.OrganisationRadar;
import dev.trustportal.portal.membership.CallerAccess;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.membership.MembershipService;
import dev.trustportal.portal.organisation.OrganisationService;
import dev.trustportal.portal.organisation.OrganisationSummary;
import dev.trustportal.portal.repository.RepositoryService;
import dev.trustportal.portal.rootcustody.CustodyService;
import dev.trustportal.portal.securitykey.KeyConfirmationService;
import dev.trustportal.portal.tenancy.Tenancy;
import dev.trustportal.portal.worklist.Worklist;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.change.WaitingApprovalsPanel;
import dev.trustportal.ui.component.OrgPaths;
import dev.trustportal.ui.component.Times;
import dev.trustportal.ui.layout.MainLayout;
import dev.trustportal.ui.layout.OrganisationGate;
import dev.trustportal.ui.repository.DelegationWarningsPanel;
import dev.trustportal.ui.rootcustody.CustodySettingsPanel;
import dev.trustportal.ui.securitykey.NewOwnerKeys;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;

/**
 * An organisation at a glance: how many repositories and members it has and how many changes of
 * trust are on their way, each leading to its page. The counts are the totals of one-row pages, so
 * the database counts and nothing is loaded. Not a member: "not found", as everywhere.
 */
@Route(value = Routes.ORGANISATION, layout = MainLayout.class)
@PermitAll
public class OrganisationView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;
  private static final PageRequest COUNT_ONLY = new PageRequest(0, 1);

  private final transient OrganisationService organisations;
  private final transient RepositoryService repositories;
  private final transient MembershipService memberships;
  private final transient ChangeService changes;
  private final transient Tenancy tenancy;
  private final transient KeyConfirmationService keyConfirmations;
  private final transient Worklist worklist;
  private final transient ApprovalService approvals;
  private final transient CustodyService custody;
  private final transient OrganisationRadar radar;
  private String organisation = "";

  @Inject
  public OrganisationView(
      OrganisationService organisations,
      RepositoryService repositories,
      MembershipService memberships,
      ChangeService changes,
      Tenancy tenancy,
      KeyConfirmationService keyConfirmations,
      Worklist worklist,
      ApprovalService approvals,
      CustodyService custody,
      OrganisationRadar radar) {
    this.custody = custody;
    this.radar = radar;
    this.tenancy = tenancy;
    this.keyConfirmations = keyConfirmations;
    this.worklist = worklist;
    this.approvals = approvals;
    this.organisations = organisations;
    this.repositories = repositories;
    this.memberships = memberships;
    this.changes = changes;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    organisation = event.getRouteParameters().get(Routes.ORG).orElse("");
    if (!OrganisationGate.admits(event, tenancy, organisation)) {
      return;
    }
    OrganisationSummary summary = organisations.find(organisation).orElseThrow();
    removeAll();
    H2 heading = new H2(organisation);
    heading.setId("org-heading");
    add(
        heading,
        new Paragraph(
            getTranslation(
                "organisation.created", Times.format(summary.createdAt(), getLocale()))));
    // What waits for the user's security key comes first: it is what an owner came for. Owners
    // vouch for each other's new security keys there too (the panel shows only when one waits).
    add(new WaitingApprovalsPanel(worklist, approvals, organisation));
    CallerAccess access = tenancy.requireRole(organisation);
    if (access.mayActAs(MemberRole.OWNER)) {
      add(new NewOwnerKeys(keyConfirmations, organisation));
    }
    List<DelegationWarning> delegations = radar.delegationsToResign(organisation);
    if (!delegations.isEmpty()) {
      add(new DelegationWarningsPanel(delegations, true));
    }
    add(tiles());
    add(new ExpiryRadarPanel(radar, organisation));
    // The audit log is for owners and admins.
    if (access.mayActAs(MemberRole.OWNER, MemberRole.ADMIN)) {
      Anchor audit = new Anchor(OrgPaths.audit(organisation), getTranslation("organisation.audit"));
      audit.setId("dashboard-audit-link");
      add(audit);
    }
    if (access.mayActAs(MemberRole.OWNER)) {
      add(new CustodySettingsPanel(custody, organisation));
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("organisation.title", organisation);
  }

  private Component tiles() {
    long repositoryCount = repositories.list(organisation, "", COUNT_ONLY).total();
    long memberCount = memberships.members(organisation, COUNT_ONLY).total();
    FlexLayout tiles =
        new FlexLayout(
            tile(
                "repositories",
                repositoryCount,
                getTranslation("organisation.repositories"),
                OrgPaths.repositories(organisation)),
            tile(
                "members",
                memberCount,
                getTranslation("organisation.members"),
                OrgPaths.members(organisation)),
            tile(
                "pending",
                changes.openCount(organisation),
                getTranslation("organisation.pending"),
                OrgPaths.changes(organisation)));
    tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    tiles.addClassName("tp-gap-m");
    return tiles;
  }

  /** A count and what it counts, the whole tile a link to the page that lists them. */
  private Component tile(String id, long count, String label, String path) {
    Span number = new Span(String.valueOf(count));
    number.setId("dashboard-" + id + "-count");
    number.addClassName("tp-tile-number");
    Span text = new Span(label);
    text.addClassName("tp-secondary-text");
    Div content = new Div(number, text);
    content.addClassName("tp-tile-content");
    Anchor tile = new Anchor(path, content);
    tile.setId("dashboard-" + id + "-link");
    tile.addClassName("tp-tile");
    return tile;
  }

  /** Only hides the link: the audit page refuses everyone else regardless. */
}
