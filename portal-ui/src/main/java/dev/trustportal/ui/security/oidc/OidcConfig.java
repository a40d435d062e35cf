package dev.trustportal.ui.security.oidc;

import dev.trustportal.portal.membership.InvalidRoleException;
import dev.trustportal.portal.membership.MemberRole;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The complete single sign-on configuration, checked once: MicroProfile Config keys {@code
 * portal.oidc.*}, or the environment variables {@code PORTAL_OIDC_*} that MicroProfile Config maps
 * to them.
 *
 * @param issuer {@code portal.oidc.issuer}: the provider's issuer URL, for Keycloak {@code
 *     https://<host>/realms/<realm>}; its presence switches single sign-on on
 * @param clientId {@code portal.oidc.client-id}
 * @param clientSecret {@code portal.oidc.client-secret}, or the content of the file {@code
 *     portal.oidc.client-secret-file}
 * @param membershipClaim {@code portal.oidc.membership-claim}: none (default), groups or
 *     organization
 * @param groupsPrefix {@code portal.oidc.groups-prefix}: the group path above the organisations,
 *     default {@code /orgs/}
 * @param organizationRole {@code portal.oidc.organization-role}: the role the organization claim
 *     grants, which names no role itself; default VIEWER
 * @param scopes {@code portal.oidc.scopes}: default {@code openid profile email}, plus {@code
 *     organization} when that claim is used
 * @param sessionTimeout {@code portal.oidc.session-timeout}: minutes without activity after which a
 *     signed-in browser session ends, default 30
 * @param portalUrl {@code portal.oidc.portal-url}: the portal's public base URL, where the provider
 *     sends the browser back; by default the URL the browser used
 * @param backchannelUrl {@code portal.oidc.backchannel-url}: the issuer's URL as the portal's
 *     servers reach it, when that differs from the one browsers use (the provider on a private
 *     network, such as Keycloak with {@code hostname-backchannel-dynamic}); the discovery document
 *     is read there and must still name {@link #issuer} exactly
 */
public record OidcConfig(
    URI issuer,
    String clientId,
    String clientSecret,
    MembershipClaimSource membershipClaim,
    String groupsPrefix,
    MemberRole organizationRole,
    List<String> scopes,
    Duration sessionTimeout,
    Optional<URI> portalUrl,
    Optional<URI> backchannelUrl) {

  static final String PREFIX = "portal.oidc.";

  @Override
  public String toString() {
    // Keeps the client secret out of logs.
    return "OidcConfig[issuer="
        + issuer
        + ", clientId="
        + clientId
        + ", membershipClaim="
        + membershipClaim
        + "]";
  }

  /**
   * Reads and checks the configuration.
   *
   * @param values the configured value of a key, if any
   * @throws OidcUnavailableException naming the key that is missing or wrong, and what it expects
   */
  static OidcConfig from(Function<String, Optional<String>> values) {
    Function<String, Optional<String>> value =
        key -> values.apply(PREFIX + key).map(String::strip).filter(v -> !v.isEmpty());
    URI issuer =
        url(
            PREFIX + "issuer",
            value.apply("issuer").orElseThrow(() -> misconfigured("issuer", "the issuer URL")));
    String clientId =
        value.apply("client-id").orElseThrow(() -> misconfigured("client-id", "the client id"));
    String secret =
        value
            .apply("client-secret")
            .or(() -> value.apply("client-secret-file").map(OidcConfig::readSecret))
            .orElseThrow(
                () ->
                    misconfigured(
                        "client-secret or " + PREFIX + "client-secret-file",
                        "the client secret or a file holding it"));
    MembershipClaimSource claim =
        value
            .apply("membership-claim")
            .map(
                v ->
                    MembershipClaimSource.parse(v)
                        .orElseThrow(
                            () ->
                                new OidcUnavailableException(
                                    PREFIX
                                        + "membership-claim is '"
                                        + v
                                        + "': use none, groups or organization.")))
            .orElse(MembershipClaimSource.NONE);
    MemberRole organizationRole =
        value.apply("organization-role").map(OidcConfig::role).orElse(MemberRole.VIEWER);
    List<String> scopes =
        value
            .apply("scopes")
            .map(v -> Arrays.asList(v.split("[\\s,]+")))
            .orElse(
                claim == MembershipClaimSource.ORGANIZATION
                    ? List.of("openid", "profile", "email", "organization")
                    : List.of("openid", "profile", "email"));
    if (!scopes.contains("openid")) {
      throw new OidcUnavailableException(
          PREFIX + "scopes must contain openid, the scope of OpenID Connect.");
    }
    return new OidcConfig(
        issuer,
        clientId,
        secret,
        claim,
        value.apply("groups-prefix").orElse("/orgs/"),
        organizationRole,
        List.copyOf(scopes),
        Duration.ofMinutes(minutes(value.apply("session-timeout"))),
        value.apply("portal-url").map(v -> url(PREFIX + "portal-url", v.replaceAll("/+$", ""))),
        value.apply("backchannel-url").map(v -> url(PREFIX + "backchannel-url", v)));
  }

  private static OidcUnavailableException misconfigured(String key, String what) {
    return new OidcUnavailableException(
        "Single sign-on is switched on ("
            + PREFIX
            + "issuer) but "
            + PREFIX
            + key
            + " is not set: set it to "
            + what
            + ".");
  }

  private static URI url(String key, String value) {
    try {
      URI uri = new URI(value);
      if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException notAUri) {
      // reported below
    }
    throw new OidcUnavailableException(
        key
            + " is '"
            + value
            + "': use an http or https URL such as https://sso.example.com/realms/acme.");
  }

  private static String readSecret(String file) {
    try {
      String secret = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
      if (secret.isEmpty()) {
        throw new OidcUnavailableException(
            PREFIX + "client-secret-file " + file + " is empty: put the client secret in it.");
      }
      return secret;
    } catch (IOException e) {
      throw new OidcUnavailableException(
          PREFIX + "client-secret-file " + file + " cannot be read: " + e.getMessage());
    }
  }

  private static MemberRole role(String value) {
    try {
      return MemberRole.parse(value);
    } catch (InvalidRoleException e) {
      throw new OidcUnavailableException(
          PREFIX + "organization-role is '" + value + "': use OWNER, ADMIN, SIGNER or VIEWER.");
    }
  }

  private static long minutes(Optional<String> value) {
    try {
      long minutes = value.map(Long::parseLong).orElse(30L);
      if (minutes >= 1 && minutes <= 24 * 60) {
        return minutes;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw new OidcUnavailableException(
        PREFIX + "session-timeout is '" + value.orElse("") + "': use minutes from 1 to 1440.");
  }
}
