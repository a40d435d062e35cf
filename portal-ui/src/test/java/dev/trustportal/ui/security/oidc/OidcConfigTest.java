package dev.trustportal.ui.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.portal.membership.MemberRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OidcConfigTest {

  private final Map<String, String> values =
      new HashMap<>(
          Map.of(
              "portal.oidc.issuer", "http://127.0.0.1:18080/realms/trust-portal",
              "portal.oidc.client-id", "trust-portal",
              "portal.oidc.client-secret", "s3cret"));

  @Test
  void defaultsToNoMembershipClaimThirtyMinutesAndTheStandardScopes() {
    OidcConfig config = read();

    assertThat(config.membershipClaim()).isEqualTo(MembershipClaimSource.NONE);
    assertThat(config.sessionTimeout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(config.scopes()).containsExactly("openid", "profile", "email");
    assertThat(config.groupsPrefix()).isEqualTo("/orgs/");
    assertThat(config.organizationRole()).isEqualTo(MemberRole.VIEWER);
    assertThat(config.toString()).doesNotContain("s3cret");
  }

  @Test
  void theOrganizationClaimAsksForItsScope() {
    values.put("portal.oidc.membership-claim", "Organization");

    assertThat(read().scopes()).contains("organization");
  }

  @Test
  void readsTheClientSecretFromAFile(@TempDir Path dir) throws Exception {
    values.remove("portal.oidc.client-secret");
    Path file = Files.writeString(dir.resolve("secret"), "from-a-file\n");
    values.put("portal.oidc.client-secret-file", file.toString());

    assertThat(read().clientSecret()).isEqualTo("from-a-file");
  }

  @Test
  void saysWhichKeyIsMissing() {
    values.remove("portal.oidc.client-secret");

    assertThatThrownBy(this::read)
        .isInstanceOf(OidcUnavailableException.class)
        .hasMessageContaining(
            "portal.oidc.client-secret or portal.oidc.client-secret-file is not set");
  }

  @Test
  void explainsAWrongValueAndWhatItExpects() {
    values.put("portal.oidc.membership-claim", "roles");
    assertThatThrownBy(this::read)
        .hasMessageContaining("'roles'")
        .hasMessageContaining("none, groups or organization");

    values.put("portal.oidc.membership-claim", "groups");
    values.put("portal.oidc.issuer", "sso.example.test");
    assertThatThrownBy(this::read).hasMessageContaining("http or https URL");

    values.put("portal.oidc.issuer", "https://sso.example.test/realms/acme");
    values.put("portal.oidc.session-timeout", "0");
    assertThatThrownBy(this::read).hasMessageContaining("minutes from 1 to 1440");

    values.put("portal.oidc.session-timeout", "15");
    values.put("portal.oidc.scopes", "profile email");
    assertThatThrownBy(this::read).hasMessageContaining("openid");
  }

  @Test
  void aPortalUrlLosesItsTrailingSlash() {
    values.put("portal.oidc.portal-url", "https://portal.example.test/");

    assertThat(read().portalUrl())
        .hasValueSatisfying(url -> assertThat(url).hasToString("https://portal.example.test"));
    assertThat(List.of(read().clientId())).containsExactly("trust-portal");
  }

  @Test
  void theProviderIsReadWhereBrowsersReachItUnlessABackchannelUrlSaysOtherwise() {
    assertThat(read().backchannelUrl()).isEmpty();

    values.put("portal.oidc.backchannel-url", "http://keycloak:8180/auth/realms/trust-portal");
    assertThat(read().backchannelUrl())
        .hasValueSatisfying(
            url -> assertThat(url).hasToString("http://keycloak:8180/auth/realms/trust-portal"));
    assertThat(read().issuer()).hasToString("http://127.0.0.1:18080/realms/trust-portal");

    values.put("portal.oidc.backchannel-url", "keycloak:8180");
    assertThatThrownBy(this::read)
        .isInstanceOf(OidcUnavailableException.class)
        .hasMessageContaining("portal.oidc.backchannel-url is 'keycloak:8180'")
        .hasMessageContaining("http or https URL");
  }

  private OidcConfig read() {
    return OidcConfig.from(key -> Optional.ofNullable(values.get(key)));
  }
}
