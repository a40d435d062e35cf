package dev.trustportal.portal.notaryauth;

import dev.trustportal.portal.membership.MemberRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which actions a caller gets on a GUN through the token endpoint. The organisation that owns a GUN
 * is the one its path names: every GUN the portal makes or imports is {@code <registry
 * host>/<organisation>/<name>} (repository.Guns), and a GUN the portal does not hold yet (trust
 * data published with the CLI before an import) belongs to the same organisation by the same rule.
 * Then:
 *
 * <ul>
 *   <li>every member of that organisation may {@code pull};
 *   <li>signers, admins and owners may also {@code push}: signers sign tags; owners and admins
 *       create and import repositories. A push token lets one upload only what notary-server
 *       accepts as signed by keys the repository's root and delegations trust;
 *   <li>{@code *} (delete a GUN, rotate a server key) on a repository the portal holds is never
 *       granted here: only the portal mints it for itself ({@link PortalTokenMinter}); an owner who
 *       asks for it on a repository whose root its custodians hold gets push and pull, as {@code
 *       notary key rotate <gun> root} with recovery kits needs. On a GUN the portal does not hold,
 *       owners and admins get it: preparing an import needs {@code notary key rotate <gun> snapshot
 *       -r}, which notary-server allows only with {@code *} (notary-auth-storage §1), and until the
 *       import that trust data is the organisation's alone;
 *   <li>on a repository of the portal whose initialisation waits for approval, members may only
 *       {@code pull}: the portal writes the first trust data of its repositories, so nobody can
 *       {@code notary init} one first and own its root;
 *   <li>a member linked to a signer of the repository (whose adding change was published) may
 *       {@code push} whatever its role: it signs with its own key, which notary-server checks
 *       against the delegation;
 *   <li>anyone else, anonymous callers included, is granted nothing. notary's CLI asks anonymously
 *       first for reads and asks again with its credentials when the empty token is refused (facts
 *       §9).
 * </ul>
 */
public final class GrantRules {

  private static final List<String> MEMBER = List.of(Scope.PULL);
  private static final List<String> PUBLISHER = List.of(Scope.PUSH, Scope.PULL);
  private static final List<String> PREPARER = List.of(Scope.PUSH, Scope.PULL, Scope.ALL);
  private static final Set<MemberRole> PUBLISHERS =
      Set.of(MemberRole.SIGNER, MemberRole.ADMIN, MemberRole.OWNER);
  private static final Set<MemberRole> MANAGERS = Set.of(MemberRole.ADMIN, MemberRole.OWNER);

  private GrantRules() {}

  /**
   * What of {@code asked} a caller with {@code role} in the GUN's organisation (empty: none) gets;
   * {@code heldByPortal} says whether the GUN is one of the portal's repositories.
   */
  public static Scope grant(Scope asked, Optional<MemberRole> role, boolean heldByPortal) {
    return grant(asked, role, heldByPortal, false);
  }

  /**
   * As {@link #grant(Scope, Optional, boolean)}; {@code linkedSigner}: the caller is a signer of
   * the GUN.
   */
  public static Scope grant(
      Scope asked, Optional<MemberRole> role, boolean heldByPortal, boolean linkedSigner) {
    return grant(asked, role, heldByPortal, linkedSigner, false);
  }

  /**
   * As {@link #grant(Scope, Optional, boolean, boolean)}; {@code rootOfCustodians}: the
   * repository's root keys are held by its custodians (OWNERS custody). There an owner asking for
   * {@code *} gets push and pull instead (never {@code *} itself): notary's CLI asks for {@code *}
   * alone in {@code notary key rotate <gun> root}, and the root rotation custodians sign with their
   * recovery kits uploads with push. An owner gets push and pull by asking for them anyway.
   */
  public static Scope grant(
      Scope asked,
      Optional<MemberRole> role,
      boolean heldByPortal,
      boolean linkedSigner,
      boolean rootOfCustodians) {
    if (rootOfCustodians
        && heldByPortal
        && role.equals(Optional.of(MemberRole.OWNER))
        && asked.actions().contains(Scope.ALL)) {
      return asked.withActions(PUBLISHER);
    }
    List<String> allowed = role.map(r -> allowed(r, heldByPortal)).orElse(List.of());
    if (linkedSigner && role.isPresent() && !allowed.contains(Scope.PUSH)) {
      allowed = PUBLISHER;
    }
    List<String> granted = allowed;
    return asked.withActions(asked.actions().stream().filter(granted::contains).toList());
  }

  /**
   * What a caller with {@code role} gets on a portal repository not initialised yet: {@code pull}
   * at most.
   */
  public static Scope grantAwaitingInitialisation(Scope asked, Optional<MemberRole> role) {
    List<String> granted = role.isPresent() ? MEMBER : List.of();
    return asked.withActions(asked.actions().stream().filter(granted::contains).toList());
  }

  static List<String> allowed(MemberRole role, boolean heldByPortal) {
    if (!heldByPortal && MANAGERS.contains(role)) {
      return PREPARER;
    }
    return PUBLISHERS.contains(role) ? PUBLISHER : MEMBER;
  }

  /** The organisation named by {@code gun} under the registry host, or empty for any other name. */
  public static Optional<String> organisationOf(String gun, String registryHost) {
    String prefix = registryHost + "/";
    if (!gun.startsWith(prefix)) {
      return Optional.empty();
    }
    String path = gun.substring(prefix.length());
    int slash = path.indexOf('/');
    if (slash <= 0 || slash == path.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(path.substring(0, slash));
  }
}
