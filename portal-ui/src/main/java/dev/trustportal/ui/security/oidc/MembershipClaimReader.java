package dev.trustportal.ui.security.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.trustportal.portal.membership.InvalidRoleException;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.sso.ClaimedMembership;
import dev.trustportal.portal.sso.MembershipClaim;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Reads the memberships a verified ID token claims, in the shape the configuration names:
 *
 * <ul>
 *   <li>{@code groups}: Keycloak's group membership mapper with full paths, {@code
 *       ["/orgs/acme/OWNER", "/staff"]}; a path below the prefix names an organisation and a role,
 *       others are not about organisations and are skipped;
 *   <li>{@code organization}: Keycloak 26 Organizations, either {@code ["acme"]} or, with the
 *       mapper's attributes switched on, {@code {"acme": {...}}}; it names no role, so each
 *       organisation gets the configured one.
 * </ul>
 *
 * A value that cannot be read (a role that does not exist, a path too deep) is logged and skipped.
 * A missing claim claims nothing: the memberships it granted before are taken back.
 */
final class MembershipClaimReader {

  private static final Logger LOG = Logger.getLogger(MembershipClaimReader.class.getName());

  private MembershipClaimReader() {}

  static MembershipClaim read(JWTClaimsSet claims, OidcConfig config) {
    switch (config.membershipClaim()) {
      case GROUPS:
        return MembershipClaim.of(fromGroups(claims.getClaim("groups"), config.groupsPrefix()));
      case ORGANIZATION:
        return MembershipClaim.of(
            fromOrganizations(claims.getClaim("organization"), config.organizationRole()));
      default:
        return MembershipClaim.NOT_USED;
    }
  }

  static List<ClaimedMembership> fromGroups(Object claim, String prefix) {
    List<ClaimedMembership> memberships = new ArrayList<>();
    for (Object group : values(claim)) {
      String path = String.valueOf(group);
      if (!path.startsWith(prefix)) {
        continue;
      }
      String[] parts = path.substring(prefix.length()).split("/", -1);
      if (parts.length != 2 || parts[0].isEmpty()) {
        LOG.warning(
            () ->
                "Group '"
                    + path
                    + "' is not of the form "
                    + prefix
                    + "<organisation>/<role>; ignored.");
        continue;
      }
      try {
        memberships.add(new ClaimedMembership(parts[0], MemberRole.parse(parts[1])));
      } catch (InvalidRoleException unknownRole) {
        LOG.warning(
            () ->
                "Group '"
                    + path
                    + "' names no member role (OWNER, ADMIN, SIGNER, VIEWER); ignored.");
      }
    }
    return memberships;
  }

  static List<ClaimedMembership> fromOrganizations(Object claim, MemberRole role) {
    Collection<?> aliases = claim instanceof Map<?, ?> map ? map.keySet() : values(claim);
    return aliases.stream()
        .map(alias -> new ClaimedMembership(String.valueOf(alias), role))
        .toList();
  }

  private static Collection<?> values(Object claim) {
    if (claim instanceof Collection<?> collection) {
      return collection;
    }
    return claim == null ? List.of() : List.of(claim);
  }
}
