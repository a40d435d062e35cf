package dev.trustportal.portal.notaryauth;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.portal.identity.TokenAuthentication;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.membership.Membership;
import dev.trustportal.portal.membership.Memberships;
import dev.trustportal.portal.organisation.InvalidOrganisationNameException;
import dev.trustportal.portal.organisation.OrganisationName;
import dev.trustportal.portal.organisation.Organisations;
import dev.trustportal.portal.repository.Repositories;
import dev.trustportal.portal.repository.RepositoryService;
import dev.trustportal.portal.rootcustody.RootCeremonies;
import dev.trustportal.portal.signer.SignerLinks;
import dev.trustportal.portal.tenancy.Tenancy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues the tokens notary-server accepts: for a caller the web tier authenticated (or an anonymous
 * one), each asked scope is granted what {@link GrantRules} allow for the caller's role in the
 * organisation the GUN names; and for the portal itself, {@code *} on a GUN.
 */
@Stateless
@PermitAll
public class NotaryTokenService {

  /**
   * The subject of the portal's own tokens; no account can be named so (usernames have no spaces).
   */
  public static final String PORTAL_SUBJECT = "trust portal";

  // Field injection: EJBs need a no-argument constructor.
  @Inject TokenSettings settings;
  @Inject Organisations organisations;
  @Inject Memberships memberships;
  @Inject Repositories repositories;
  @Inject SignerLinks links;
  @Inject RootCeremonies rootCeremonies;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(
      name = "portal.registry.host",
      defaultValue = RepositoryService.DEFAULT_REGISTRY_HOST)
  String registryHost;

  /**
   * A token for {@code username} (empty: anonymous) granting of {@code scopes} what its memberships
   * allow. A caller who signed in with an API token ({@code token}) gets no more than the token's
   * scope: its organisation and repositories, only {@code pull} for a READ token; a robot what a
   * signer (WRITE) or a viewer (READ) of its organisation gets.
   *
   * @throws UnknownServiceException if {@code service} is not the configured one
   * @throws MalformedScopeException if a scope does not follow the grammar
   * @throws TokenServiceUnavailableException if the signing key is not configured
   */
  public IssuedToken issue(
      Optional<String> username,
      Optional<TokenAuthentication> token,
      String service,
      List<String> scopes) {
    TokenMinter minter = settings.minter();
    if (service != null && !service.isEmpty() && !service.equals(minter.service())) {
      throw new UnknownServiceException(service, minter.service());
    }
    List<Scope> granted =
        Scope.parseAll(scopes).stream().map(asked -> grant(username, token, asked)).toList();
    return minter.mint(username.orElse(""), granted, clock.instant());
  }

  private Scope grant(Optional<String> username, Optional<TokenAuthentication> token, Scope asked) {
    Optional<MemberRole> role =
        token.isPresent() ? roleFor(username, token.get(), asked) : roleFor(username, asked);
    if (role.isEmpty()) {
      return GrantRules.grant(asked, role, true);
    }
    Gun gun = new Gun(asked.name());
    if (repositories.awaitsInitialisation(gun)) {
      // Only the portal writes the first trust data of its repositories (issue 21): no push before
      // that.
      return GrantRules.grantAwaitingInitialisation(asked, role);
    }
    boolean linked =
        mayPushAsSigner(username, token) && links.isPublishedSigner(asked.name(), username.get());
    return GrantRules.grant(
        asked,
        role,
        repositories.holds(gun),
        linked,
        !rootCeremonies.rootKeys(gun.value()).isEmpty());
  }

  /**
   * A person, or a personal token that may write; robots are nobody's signer and READ tokens only
   * read.
   */
  private static boolean mayPushAsSigner(
      Optional<String> username, Optional<TokenAuthentication> token) {
    return username.isPresent()
        && token.map(t -> !t.robot() && t.scope().allowsWrites()).orElse(true);
  }

  /**
   * The caller's role in the organisation the GUN names; empty for anonymous callers and
   * non-members.
   */
  private Optional<MemberRole> roleFor(Optional<String> username, Scope asked) {
    if (username.isEmpty() || !asked.isRepository() || !isGun(asked.name())) {
      return Optional.empty();
    }
    return GrantRules.organisationOf(asked.name(), registryHost)
        .flatMap(NotaryTokenService::organisationName)
        .flatMap(organisations::find)
        .flatMap(org -> memberships.find(org, username.get()))
        .map(Membership::role);
  }

  /** Within the token's scope only: its organisation and repositories; a READ token reads. */
  private Optional<MemberRole> roleFor(
      Optional<String> username, TokenAuthentication token, Scope asked) {
    Optional<String> organisation =
        isGun(asked.name())
            ? GrantRules.organisationOf(asked.name(), registryHost)
            : Optional.empty();
    if (organisation.isEmpty()
        || !token
            .scope()
            .reachesRepository(
                organisation.get(), repositoryOf(asked.name(), organisation.get()))) {
      return Optional.empty();
    }
    Optional<MemberRole> role =
        token.robot()
            ? Optional.of(Tenancy.robotRole(token))
                .filter(r -> token.scope().reaches(organisation.get()))
            : roleFor(username, asked);
    return token.scope().allowsWrites() ? role : role.map(r -> MemberRole.VIEWER);
  }

  private String repositoryOf(String gun, String organisation) {
    return gun.substring((registryHost + "/" + organisation + "/").length());
  }

  private static boolean isGun(String name) {
    try {
      return new Gun(name).value().equals(name);
    } catch (IllegalArgumentException notAGun) {
      return false;
    }
  }

  private static Optional<OrganisationName> organisationName(String name) {
    try {
      return Optional.of(new OrganisationName(name));
    } catch (InvalidOrganisationNameException notAName) {
      return Optional.empty();
    }
  }
}
