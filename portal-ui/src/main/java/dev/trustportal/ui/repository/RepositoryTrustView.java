package dev.trustportal.ui.repository;

import dev.trustportal.ui.component.Times;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.publishing.NotaryClientSettings;
import dev.trustportal.portal.publishing.NotaryEndpoint;
import dev.trustportal.portal.repository.KeyView;
import dev.trustportal.portal.repository.RepositoryService;
import dev.trustportal.portal.repository.RoleView;
import dev.trustportal.portal.repository.TagView;
import dev.trustportal.portal.repository.TrustView;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.layout.MainLayout;
import dev.trustportal.ui.layout.OrganisationGate;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The trust data of one repository as notary-server serves it, verified when the page opens: roles with
 * thresholds and expiry, signers with their keys, signed tags, and how to point a client at it.
 */
@Route(value = Routes.REPOSITORY_TRUST, layout = MainLayout.class)
@PermitAll
public class RepositoryTrustView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient RepositoryService repositories;
  private final transient NotaryEndpoint notary;
  private String repository = "";

  @Inject
  public RepositoryTrustView(RepositoryService repositories, NotaryEndpoint notary) {
    this.repositories = repositories;
    this.notary = notary;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String org = event.getRouteParameters().get(Routes.ORG).orElse("");
    repository = String.join("/", event.getRouteParameters().getWildcard("repo"));
    removeAll();
    add(new Anchor(RepositoryLinks.repositoriesPath(org), getTranslation("trust.back", org)), new H2(repository));
    try {
      show(repositories.trust(org, repository));
    } catch (PortalException failure) {
      if (failure.kind() == PortalException.Kind.NOT_FOUND) {
        // Another tenant's organisation looks exactly like a missing one (the services audit it).
        OrganisationGate.showNotFound(event);
        return;
      }
      Paragraph error = new Paragraph(PortalMessages.of(this, failure));
      error.setId("trust-error");
      error.getStyle().set("color", "var(--lumo-error-text-color)");
      add(error);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("trust.title", repository);
  }

  private void show(TrustView trust) {
    Span gun = new Span(trust.gun());
    gun.setId("trust-gun");
    add(gun, new H3(getTranslation("trust.roles")), roles(trust.roles()));
    add(new H3(getTranslation("trust.signers")), signers(trust));
    add(new H3(getTranslation("trust.tags")), tags(trust.tags()));
    add(new H3(getTranslation("trust.client")), clientConfiguration(trust.gun()));
  }

  private Grid<RoleView> roles(List<RoleView> roles) {
    Grid<RoleView> grid = compactGrid("trust-roles");
    grid.addColumn(RoleView::name).setHeader(getTranslation("trust.column.role"));
    grid.addColumn(RoleView::threshold).setHeader(getTranslation("trust.column.threshold"));
    grid.addColumn(r -> String.join(", ", r.keyIds().stream().map(RepositoryLinks::shortId).toList()))
        .setHeader(getTranslation("trust.column.keys"));
    grid.addColumn(r -> date(r.expires())).setHeader(getTranslation("trust.column.expires"));
    grid.setItems(roles);
    return grid;
  }

  /** One row per key of each signer, so that key details stay visible. */
  private Component signers(TrustView trust) {
    if (trust.signers().isEmpty()) {
      return new Paragraph(getTranslation("trust.signers.none"));
    }
    record SignerKey(String signer, KeyView key) {}
    Grid<SignerKey> grid = compactGrid("trust-signers");
    grid.addColumn(SignerKey::signer).setHeader(getTranslation("trust.column.signer"));
    grid.addColumn(k -> RepositoryLinks.shortId(k.key().id())).setHeader(getTranslation("trust.column.key"));
    grid.addColumn(k -> k.key().algorithm()).setHeader(getTranslation("trust.column.algorithm"));
    grid.addColumn(k -> date(k.key().expires())).setHeader(getTranslation("trust.column.expires"));
    grid.setItems(trust.signers().stream()
        .flatMap(s -> s.keys().stream().map(k -> new SignerKey(s.name(), k)))
        .toList());
    return grid;
  }

  private Component tags(List<TagView> tags) {
    if (tags.isEmpty()) {
      return new Paragraph(getTranslation("trust.tags.none"));
    }
    Grid<TagView> grid = compactGrid("trust-tags");
    grid.addColumn(TagView::name).setHeader(getTranslation("trust.column.tag"));
    grid.addColumn(TagView::digest).setHeader(getTranslation("trust.column.digest"));
    grid.addColumn(TagView::size).setHeader(getTranslation("trust.column.size"));
    grid.addColumn(t -> String.join(", ", t.signedBy())).setHeader(getTranslation("trust.column.signed-by"));
    grid.setItems(tags);
    return grid;
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
    return new VerticalLayout(
        new Paragraph(getTranslation("trust.client.notary")), notaryConfig,
        new Paragraph(getTranslation("trust.client.docker")), docker);
  }

  private <T> Grid<T> compactGrid(String id) {
    Grid<T> grid = new Grid<>();
    grid.setId(id);
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
    return grid;
  }

  private String date(Optional<Instant> instant) {
    return instant
        .map(i -> Times.format(i, getLocale()))
        .orElse("\u2013");
  }
}
