package dev.trustportal.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.securitykey.FidoMetadataService;
import dev.trustportal.portal.securitykey.PlatformAttestationService;
import dev.trustportal.portal.signerrequest.SignerRequestService;
import dev.trustportal.portal.worklist.Navigation;
import dev.trustportal.portal.worklist.Worklist;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.component.OrgPaths;
import dev.trustportal.ui.i18n.LanguageSelect;
import dev.trustportal.ui.security.oidc.SignOut;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import java.security.Principal;
import java.util.List;

/**
 * The frame of every signed-in view. Navigation entries name their routes by path, not by view
 * class, so that this package does not depend on the feature packages that use it as their layout.
 * On an organisation's pages ({@code orgs/<org>/...}) a second group leads to that organisation's
 * overview, repositories, members, changes, signer requests (with the count of pending ones for its
 * owners and admins) and robot tokens.
 */
@StyleSheet(PortalStyles.SHEET)
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

  private static final long serialVersionUID = 1L;
  private static final String ORGS = "orgs";

  private final SideNav organisationNavigation = new SideNav();

  private final transient SignOut signOut;
  private final transient SignerRequestService signerRequests;
  private final Span pendingSignerRequests = new Span();
  private final transient Worklist worklist;
  private final transient Navigation navigation;
  private final transient CallerContext caller;
  private final Span waitingApprovals = new Span();
  private String organisation = "";

  @Inject
  public MainLayout(
      SignOut signOut,
      SignerRequestService signerRequests,
      PlatformAttestationService attestation,
      FidoMetadataService metadata,
      Worklist worklist,
      Navigation navigation,
      CallerContext caller) {
    this.signOut = signOut;
    this.navigation = navigation;
    this.caller = caller;
    this.signerRequests = signerRequests;
    this.worklist = worklist;
    waitingApprovals.setId("approvals-badge");
    waitingApprovals.getElement().getThemeList().add("badge primary pill small");
    pendingSignerRequests.setId("signer-requests-badge");
    pendingSignerRequests.getElement().getThemeList().add("badge contrast pill small");
    Span title = new Span(getTranslation("app.title"));
    title.addClassName(NarrowScreens.TITLE);
    HorizontalLayout end =
        new HorizontalLayout(currentUser(), new LanguageSelect("language-select"), logoutButton());
    end.setAlignItems(Alignment.CENTER);
    end.addClassNames("tp-header-end", NarrowScreens.WIDE_ONLY);
    UserMenu menu = new UserMenu(username(), this::logout);
    menu.addClassName(NarrowScreens.NARROW_ONLY);
    menu.addClassName("tp-user-menu");
    // Nobody to sign out on the not-found page of a visitor who is not signed in.
    end.setVisible(!username().isEmpty());
    menu.setVisible(!username().isEmpty());
    addToNavbar(new DrawerToggle(), title);
    if (isPlatformAdmin() && attestation.acceptsAnyFido2()) {
      addToNavbar(anyFido2Banner());
    }
    if (isPlatformAdmin() && metadata.overdue()) {
      addToNavbar(banner("metadata-overdue-banner", "layout.metadata-overdue-banner"));
    }
    addToNavbar(end, menu);
    organisationNavigation.setId("org-navigation");
    organisationNavigation.setVisible(false);
    addToDrawer(navigation(), organisationNavigation);
  }

  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    List<String> segments = event.getLocation().getSegments();
    // The not-found page of an organisation one may not see shows nothing of it, and asks nothing
    // about it.
    boolean notFound = event.getActiveChain().stream().anyMatch(NotFoundView.class::isInstance);
    boolean onOrganisation = !notFound && segments.size() >= 2 && segments.get(0).equals(ORGS);
    organisationNavigation.setVisible(onOrganisation);
    if (onOrganisation) {
      try {
        showOrganisation(segments.get(1));
      } catch (PortalException notTheCallers) {
        // The not-found page of another tenant's path: no navigation of that organisation (the
        // services
        // recorded the refusal).
        organisationNavigation.setVisible(false);
      }
    }
  }

  /**
   * After a signer request was decided: the count in the navigation of the layout on screen is
   * fresh.
   */
  public static void refreshBadges() {
    UI ui = UI.getCurrent();
    if (ui == null) {
      return;
    }
    // The layout of the route on screen is a child of the UI.
    ui.getChildren()
        .filter(MainLayout.class::isInstance)
        .map(MainLayout.class::cast)
        .findFirst()
        .ifPresent(
            layout -> {
              layout.countPendingSignerRequests();
              layout.countWaitingApprovals();
            });
  }

  /**
   * Changes and support cases that wait for the user's security key; shown on the overview's entry.
   */
  private void countWaitingApprovals() {
    int waiting = worklist.waitingForCaller(organisation).count();
    waitingApprovals.setText(Integer.toString(waiting));
    waitingApprovals
        .getElement()
        .setAttribute("title", getTranslation("nav.approvals.waiting", waiting));
    waitingApprovals.setVisible(waiting > 0);
  }

  /** The badge shows only to owners and admins, and only while requests wait for them. */
  private void countPendingSignerRequests() {
    long pending = signerRequests.pendingCount(organisation);
    pendingSignerRequests.setText(Long.toString(pending));
    pendingSignerRequests
        .getElement()
        .setAttribute("title", getTranslation("nav.signer-requests.pending", pending));
    pendingSignerRequests.setVisible(pending > 0);
  }

  /** Rebuilt on each navigation: the organisation, and so every path, may have changed. */
  private void showOrganisation(String org) {
    organisation = org;
    organisationNavigation.removeAll();
    organisationNavigation.setLabel(org);
    SideNavItem repositories =
        new SideNavItem(
            getTranslation("nav.repositories"),
            OrgPaths.repositories(org),
            VaadinIcon.ARCHIVES.create());
    // The trust pages of the repositories are under it.
    repositories.setMatchNested(true);
    SideNavItem overview =
        new SideNavItem(
            getTranslation("nav.overview"),
            OrgPaths.organisation(org),
            VaadinIcon.DASHBOARD.create());
    overview.setId("nav-overview");
    countWaitingApprovals();
    overview.setSuffixComponent(waitingApprovals);
    organisationNavigation.addItem(
        overview,
        repositories,
        new SideNavItem(
            getTranslation("nav.members"), OrgPaths.members(org), VaadinIcon.USERS.create()),
        new SideNavItem(
            getTranslation("nav.changes"), OrgPaths.changes(org), VaadinIcon.EXCHANGE.create()),
        signerRequestsItem(org));
    // Left out where the page would only say "ask an owner or admin".
    if (navigation.offersRobotTokens(org)) {
      SideNavItem robots =
          new SideNavItem(
              getTranslation("nav.robot-tokens"),
              OrgPaths.robotTokens(org),
              VaadinIcon.COG.create());
      robots.setId("nav-robot-tokens");
      organisationNavigation.addItem(robots);
    }
    if (navigation.offersWebhooks(org)) {
      SideNavItem webhooks =
          new SideNavItem(
              getTranslation("nav.webhooks"), OrgPaths.webhooks(org), VaadinIcon.CONNECT.create());
      webhooks.setId("nav-webhooks");
      organisationNavigation.addItem(webhooks);
    }
  }

  private SideNavItem signerRequestsItem(String org) {
    SideNavItem item =
        new SideNavItem(
            getTranslation("nav.signer-requests"),
            OrgPaths.signerRequests(org),
            VaadinIcon.USER_CHECK.create());
    item.setId("nav-signer-requests");
    countPendingSignerRequests();
    item.setSuffixComponent(pendingSignerRequests);
    return item;
  }

  private SideNav navigation() {
    SideNav nav = new SideNav();
    nav.addItem(
        new SideNavItem(
            getTranslation("nav.organisations"),
            Routes.ORGANISATIONS,
            VaadinIcon.BUILDING.create()));
    // Left out for those who may read no chain (viewers and signers who administer nothing).
    if (navigation.offersAuditLog()) {
      SideNavItem audit =
          new SideNavItem(getTranslation("nav.audit"), Routes.AUDIT, VaadinIcon.RECORDS.create());
      audit.setId("nav-audit");
      nav.addItem(audit);
    }
    nav.addItem(
        new SideNavItem(
            getTranslation("nav.api-tokens"), Routes.API_TOKENS, VaadinIcon.KEY.create()));
    nav.addItem(
        new SideNavItem(
            getTranslation("nav.security-keys"), Routes.SECURITY_KEYS, VaadinIcon.SHIELD.create()));
    if (isPlatformAdmin()) {
      SideNavItem platform =
          new SideNavItem(
              getTranslation("nav.platform"), Routes.PLATFORM_SETTINGS, VaadinIcon.COGS.create());
      platform.setId("nav-platform");
      nav.addItem(platform);
      SideNavItem users =
          new SideNavItem(
              getTranslation("nav.platform-users"),
              Routes.PLATFORM_USERS,
              VaadinIcon.USERS.create());
      users.setId("nav-platform-users");
      nav.addItem(users);
    }
    if (isSupportStaff()) {
      SideNavItem support =
          new SideNavItem(
              getTranslation("nav.support"), Routes.SUPPORT, VaadinIcon.LIFEBUOY.create());
      // The support cases are under it.
      support.setMatchNested(true);
      nav.addItem(support);
    }
    return nav;
  }

  /** Only hides the entry: the support desk's views and services check the role themselves. */
  private boolean isSupportStaff() {
    return caller.supportStaff();
  }

  /**
   * Platform admins must see plainly that the platform accepts keys of any maker, not YubiKeys
   * only.
   */
  private Span anyFido2Banner() {
    return banner("any-fido2-banner", "layout.any-fido2-banner");
  }

  private Span banner(String id, String textKey) {
    Span banner = new Span(getTranslation(textKey));
    banner.setId(id);
    banner.getElement().getThemeList().add("badge contrast");
    banner.addClassName("tp-banner");
    return banner;
  }

  private boolean isPlatformAdmin() {
    return caller.platformAdmin();
  }

  private static String username() {
    VaadinRequest request = VaadinRequest.getCurrent();
    Principal principal = request == null ? null : request.getUserPrincipal();
    return principal == null ? "" : principal.getName();
  }

  private Span currentUser() {
    String name = username();
    Span user = new Span(name.isEmpty() ? "" : getTranslation("layout.signed-in-as", name));
    user.setId("current-user");
    user.addClassName("tp-nowrap");
    return user;
  }

  private Button logoutButton() {
    Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create());
    logout.setId("logout-button");
    logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    logout.addClickListener(event -> logout());
    return logout;
  }

  private void logout() {
    VaadinServletRequest request = VaadinServletRequest.getCurrent();
    UI.getCurrent()
        .getPage()
        .setLocation(signOut.locationAfterSignOut(request.getHttpServletRequest()));
    try {
      request.getHttpServletRequest().logout();
    } catch (ServletException alreadySignedOut) {
      // nothing to undo; invalidating the session below is what matters
    }
    VaadinSession.getCurrent().getSession().invalidate();
  }
}
