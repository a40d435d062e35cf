package dev.trustportal.ui.repository;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.trustportal.portal.change.ChangeDetails;
import dev.trustportal.portal.change.ChangeImpacts;
import dev.trustportal.portal.change.ChangeService;
import dev.trustportal.portal.change.DroppedTag;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.expiry.DelegationWarning;
import dev.trustportal.portal.expiry.ExpiringRole;
import dev.trustportal.portal.expiry.ExpiryWarnings;
import dev.trustportal.portal.graph.TrustGraphViews;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.membership.TenantGuard;
import dev.trustportal.portal.pinning.RepositoryDivergedException;
import dev.trustportal.portal.publishing.NotaryClientSettings;
import dev.trustportal.portal.publishing.NotaryEndpoint;
import dev.trustportal.portal.repository.RepositoryService;
import dev.trustportal.portal.repository.Resigning;
import dev.trustportal.portal.repository.TagImpacts;
import dev.trustportal.portal.repository.TrustDetails;
import dev.trustportal.portal.repository.TrustWords;
import dev.trustportal.portal.rootcustody.CustodyService;
import dev.trustportal.portal.rootcustody.RootCeremonyService;
import dev.trustportal.portal.signerrequest.SignerRequestService;
import dev.trustportal.portal.support.ResetNotices;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.change.ChangeTexts;
import dev.trustportal.ui.change.RecentChanges;
import dev.trustportal.ui.component.OrgPaths;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.layout.MainLayout;
import dev.trustportal.ui.layout.OrganisationGate;
import dev.trustportal.ui.rootcustody.RootCustodyPanel;
import dev.trustportal.ui.support.ResetNoticePanel;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The trust data of one repository as notary-server serves it, verified when the page opens: roles
 * with thresholds and expiry, signers with their keys, signed tags, and how to point a client at
 * it. Owners and admins also file changes here; the repository's recent changes follow them to
 * notary-server, and the trust data is fetched again when one has ended, so that the page shows
 * what was published.
 */
@Route(value = Routes.REPOSITORY_TRUST, layout = MainLayout.class)
@PermitAll
public class RepositoryTrustView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient RepositoryService repositories;
  private final transient ChangeService changes;
  private final transient TenantGuard tenancy;
  private final transient NotaryEndpoint notary;
  private final transient ResetNotices resetNotices;
  private final transient SignerRequestService signerRequests;
  private final transient CustodyService custody;
  private final transient RootCeremonyService ceremonies;
  private final transient ExpiryWarnings expiryWarnings;
  private final transient TrustGraphViews graphs;
  private final transient ChangeImpacts impacts;
  private final VerticalLayout trustSection = new VerticalLayout();
  private final VerticalLayout tagsSection = new VerticalLayout();
  private String organisation = "";
  private String repository = "";
  private Optional<TrustActions> actions = Optional.empty();
  private RecentChanges recentChanges;

  @Inject
  public RepositoryTrustView(
      RepositoryService repositories,
      ChangeService changes,
      TenantGuard tenancy,
      NotaryEndpoint notary,
      ResetNotices resetNotices,
      SignerRequestService signerRequests,
      CustodyService custody,
      RootCeremonyService ceremonies,
      ExpiryWarnings expiryWarnings,
      TrustGraphViews graphs,
      ChangeImpacts impacts) {
    this.repositories = repositories;
    this.graphs = graphs;
    this.impacts = impacts;
    this.expiryWarnings = expiryWarnings;
    this.custody = custody;
    this.ceremonies = ceremonies;
    this.resetNotices = resetNotices;
    this.signerRequests = signerRequests;
    this.changes = changes;
    this.tenancy = tenancy;
    this.notary = notary;
    trustSection.setPadding(false);
    tagsSection.setPadding(false);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    organisation = event.getRouteParameters().get(Routes.ORG).orElse("");
    repository = String.join("/", event.getRouteParameters().getWildcard("repo"));
    removeAll();
    add(
        new Anchor(OrgPaths.repositories(organisation), getTranslation("trust.back", organisation)),
        new H2(repository));
    TrustDetails trust;
    try {
      trust = repositories.trust(organisation, repository);
    } catch (PortalException failure) {
      if (failure.kind() == PortalException.Kind.NOT_FOUND) {
        // Another tenant's organisation looks exactly like a missing one (the services audit it).
        OrganisationGate.showNotFound(event);
        return;
      }
      showResetNotice();
      add(
          failure instanceof RepositoryDivergedException diverged
              ? new DivergedBanner(diverged)
              : error(failure));
      return;
    }
    showResetNotice();
    actions =
        mayChangeTrust()
            ? Optional.of(
                new TrustChangeDialogs(changes, impacts, organisation, repository, this::filed))
            : Optional.empty();
    recentChanges = new RecentChanges(changes, organisation, repository, this::showTrust);
    Span gun = new Span(trust.gun());
    gun.setId("trust-gun");
    // The changes right under the signers: after filing one, the reader sees it on its way.
    add(
        gun,
        trustSection,
        new H3(getTranslation("trust.recent-changes")),
        recentChanges,
        tagsSection);
    add(
        new RootCustodyPanel(
            custody,
            ceremonies,
            organisation,
            repository,
            tenancy.requireRole(organisation).mayActAs(MemberRole.OWNER)));
    add(new H3(getTranslation("trust.client")), clientConfiguration(trust.gun()));
    show(trust);
  }

  /**
   * After a trust reset, every member sees what consumers must do; asked only once the page is
   * admitted.
   */
  private void showResetNotice() {
    resetNotices
        .forRepository(organisation, repository)
        .ifPresent(notice -> add(new ResetNoticePanel(notice)));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("trust.title", repository);
  }

  /** Only decides which actions to offer: the service checks the role again on every change. */
  private boolean mayChangeTrust() {
    return tenancy.requireRole(organisation).mayActAs(MemberRole.OWNER, MemberRole.ADMIN);
  }

  private void filed(ChangeDetails change) {
    Notification.show(
            getTranslation(
                "trust.change-filed",
                change.id(),
                getTranslation("change.state." + change.state().name()),
                ChangeTexts.progress(this, change)))
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    recentChanges.follow(change);
  }

  /** Fetches the trust data again, as it is now on notary-server. */
  private void showTrust() {
    try {
      show(repositories.trust(organisation, repository));
    } catch (PortalException failure) {
      trustSection.removeAll();
      tagsSection.removeAll();
      trustSection.add(
          failure instanceof RepositoryDivergedException diverged
              ? new DivergedBanner(diverged)
              : error(failure));
    }
  }

  private void show(TrustDetails trust) {
    trustSection.removeAll();
    Optional<Runnable> requestSigner =
        actions.isPresent()
            ? Optional.empty()
            : Optional.of(() -> SignerRequestDialog.open(signerRequests, organisation, repository));
    List<ExpiringRole> expiring = expiryWarnings.of(trust);
    if (!expiring.isEmpty()) {
      trustSection.add(new ExpiryWarningsPanel(expiring));
    }
    List<DelegationWarning> delegations =
        expiryWarnings.delegations(repository, trust, tenancy.requireRole(organisation));
    if (!delegations.isEmpty()) {
      trustSection.add(new DelegationWarningsPanel(delegations, false));
    }
    List<Resigning> unverified = TagImpacts.unverified(trust);
    if (!unverified.isEmpty()) {
      trustSection.add(new ResigningPanel(unverified));
    }
    List<DroppedTag> dropped = changes.droppedTags(organisation, repository, trust);
    if (!dropped.isEmpty()) {
      trustSection.add(new DroppedTagsPanel(dropped));
    }
    trustSection.add(new TrustData(trust, actions, requestSigner));
    trustSection.add(new TrustGraphPanel(graphs.of(trust)));
    tagsSection.removeAll();
    tagsSection.add(new SignedTags(TrustWords.tags(trust)));
  }

  private Paragraph error(PortalException failure) {
    Paragraph error = new Paragraph(PortalMessages.of(this, failure));
    error.setId("trust-error");
    error.addClassName("tp-error-text");
    return error;
  }

  private Component clientConfiguration(String gun) {
    NotaryClientSettings settings;
    try {
      settings = notary.clientSettings();
    } catch (PortalException notConfigured) {
      return new Paragraph(PortalMessages.of(this, notConfigured));
    }
    Pre notaryConfig = new Pre(ClientSnippets.notaryConfig(settings.url()));
    notaryConfig.setId("notary-config");
    Pre docker = new Pre(ClientSnippets.dockerEnvironment(settings.url(), gun));
    docker.setId("docker-config");
    VerticalLayout layout =
        new VerticalLayout(
            new Paragraph(getTranslation("trust.client.notary")), notaryConfig,
            new Paragraph(getTranslation("trust.client.docker")), docker);
    layout.setPadding(false);
    return layout;
  }
}
