package dev.trustportal.portal.tenancy;

import static dev.trustportal.portal.membership.MemberRole.ADMIN;
import static dev.trustportal.portal.membership.MemberRole.OWNER;

import dev.trustportal.portal.audit.AccessDenials;
import dev.trustportal.portal.audit.ChainReaders;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.identity.TokenAuthentication;
import dev.trustportal.portal.membership.CallerAccess;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.membership.Membership;
import dev.trustportal.portal.membership.Memberships;
import dev.trustportal.portal.membership.MissingRoleException;
import dev.trustportal.portal.membership.TenantGuard;
import dev.trustportal.portal.organisation.InvalidOrganisationNameException;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.organisation.OrganisationName;
import dev.trustportal.portal.organisation.OrganisationNotFoundException;
import dev.trustportal.portal.organisation.Organisations;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tenancy rule, in one place: every org-scoped use case first asks here whether the caller may
 * act on the organisation. A caller who is not a member learns nothing about it, not even that it
 * exists (404, not 403); a member without the needed role gets {@link MissingRoleException} (403).
 *
 * <p>Membership is the only way in: a platform role opens no organisation. A platform admin who is
 * no member is refused and recorded like anyone else, so that an organisation's owners see every
 * access to it in their chain and no one reads or changes their trust data silently. The platform
 * reaches organisations only through explicit calls, each audited: {@link PlatformOrganisations}
 * (founding one with its first owner, the list of all) and the support desk (cases its owners
 * approve, or two platform admins under break-glass when it has no owner).
 *
 * <p>A caller authenticated with an API token reaches only what the token's scope names: another
 * organisation is refused like one the caller does not belong to. A robot token is no member of
 * anything: it acts in its one organisation as {@link MemberRole#SIGNER} with write access, as
 * {@link MemberRole#VIEWER} with read access, and so never manages members, repositories or tokens.
 *
 * <p>Every refusal of an existing organisation is recorded in that organisation's audit chain (see
 * {@link AccessDenials}), so its owners see who knocked. A name that names no organisation protects
 * nothing and is not recorded.
 */
@Stateless
@LocalBean
@Local({TenantGuard.class, ChainReaders.class})
@PermitAll
public class Tenancy implements TenantGuard, ChainReaders {

  /** Who reads an organisation's audit chain: those who answer for its changes. */
  private static final List<MemberRole> AUDIT_READERS = List.of(OWNER, ADMIN);

  // Field injection: EJBs need a no-argument constructor.
  @Inject CallerContext caller;
  @Inject Organisations organisations;
  @Inject Memberships memberships;
  @Inject AccessDenials denials;

  @Override
  public CallerAccess requireRole(String organisation, MemberRole... anyOf) {
    Organisation org =
        find(organisation).orElseThrow(() -> new OrganisationNotFoundException(organisation));
    return requireRole(org, anyOf);
  }

  private CallerAccess requireRole(Organisation org, MemberRole... anyOf) {
    String organisation = org.name().value();
    String username = caller.username();
    Optional<TokenAuthentication> token = caller.token();
    if (token.isPresent() && !token.get().scope().reaches(organisation)) {
      throw refuseNonMember(organisation, username);
    }
    MemberRole role =
        token.filter(TokenAuthentication::robot).isPresent()
            ? robotRole(token.get())
            : memberships
                .find(org, username)
                .map(Membership::role)
                .orElseThrow(() -> refuseNonMember(organisation, username));
    CallerAccess access = new CallerAccess(organisation, username, role);
    requireRole(access, anyOf);
    return access;
  }

  /** What a robot may do in its organisation: sign with write access, else read. */
  public static MemberRole robotRole(TokenAuthentication robot) {
    return robot.scope().allowsWrites() ? MemberRole.SIGNER : MemberRole.VIEWER;
  }

  @Override
  public void requireRole(CallerAccess access, MemberRole... anyOf) {
    if (anyOf.length == 0 || access.mayActAs(anyOf)) {
      return;
    }
    MemberRole role = access.role();
    denials.record(
        access.organisation(),
        access.username(),
        "'"
            + access.username()
            + "' is "
            + role
            + " of '"
            + access.organisation()
            + "'; this needs one of "
            + Arrays.toString(anyOf)
            + ".");
    throw new MissingRoleException(access.organisation(), role, anyOf);
  }

  @Override
  public void requireReader(String organisation) {
    requireRole(organisation, AUDIT_READERS.toArray(MemberRole[]::new));
  }

  @Override
  public List<String> readableOrganisations(int limit) {
    PageRequest first = new PageRequest(0, limit);
    Optional<String> only = caller.token().flatMap(token -> token.scope().onlyOrganisation());
    return memberships.organisationsOf(caller.username(), Set.copyOf(AUDIT_READERS), first).stream()
        .filter(name -> only.map(name::equals).orElse(true))
        .toList();
  }

  /** Recorded, then answered exactly as an unknown organisation is, so that nothing leaks. */
  private OrganisationNotFoundException refuseNonMember(String organisation, String username) {
    denials.recordNonMember(organisation, username);
    return new OrganisationNotFoundException(organisation);
  }

  /**
   * The organisation a use case works in, after the check of {@link #requireRole}: a caller who is
   * not a member, like a name that names no organisation, gets {@link
   * OrganisationNotFoundException}.
   */
  public Organisation organisationToWorkIn(String organisation, MemberRole... anyOf) {
    Organisation org =
        find(organisation).orElseThrow(() -> new OrganisationNotFoundException(organisation));
    requireRole(org, anyOf);
    return org;
  }

  /** A string that is no valid name names no organisation. */
  private Optional<Organisation> find(String name) {
    try {
      return organisations.find(new OrganisationName(name));
    } catch (InvalidOrganisationNameException notAName) {
      return Optional.empty();
    }
  }
}
