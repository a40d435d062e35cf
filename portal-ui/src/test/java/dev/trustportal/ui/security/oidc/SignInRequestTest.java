package dev.trustportal.ui.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.nimbusds.openid.connect.sdk.SubjectType;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the browser carries to the provider, and what stays behind in the session. */
class SignInRequestTest {

  private static final String ISSUER = "https://sso.example.test/realms/acme";

  private final OidcConfig config =
      OidcConfig.from(
          key ->
              Optional.ofNullable(
                  Map.of(
                          "portal.oidc.issuer", ISSUER,
                          "portal.oidc.client-id", "trust-portal",
                          "portal.oidc.client-secret", "s3cret")
                      .get(key)));

  @Test
  void theAuthorizationRequestCarriesTheS256ChallengeOfTheVerifierAsInRfc7636AppendixB() {
    PendingSignIn pending =
        new PendingSignIn("st-1", "n-1", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "");

    Map<String, List<String>> query = query(pending);

    assertThat(query.get("code_challenge"))
        .containsExactly("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    assertThat(query.get("code_challenge_method")).containsExactly("S256");
    assertThat(query.get("state")).containsExactly("st-1");
    assertThat(query.get("nonce")).containsExactly("n-1");
    assertThat(query.get("response_type")).containsExactly("code");
    assertThat(query.get("client_id")).containsExactly("trust-portal");
    assertThat(query.get("redirect_uri"))
        .containsExactly("https://portal.example.test/sso/callback");
    assertThat(query.get("scope")).containsExactly("openid profile email");
    assertThat(query).doesNotContainKey("code_verifier");
  }

  @Test
  void aPendingSignInHasUnguessableValuesAndMatchesOnlyItsOwnState() {
    PendingSignIn pending = PendingSignIn.start("orgs/acme/members");

    assertThat(pending.codeVerifier()).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(pending.state()).hasSize(43).isNotEqualTo(pending.nonce());
    assertThat(PendingSignIn.start("").codeVerifier()).isNotEqualTo(pending.codeVerifier());
    assertThat(pending.matches(pending.state())).isTrue();
    assertThat(pending.matches(PendingSignIn.start("").state())).isFalse();
    assertThat(pending.matches(null)).isFalse();
    assertThat(pending.toString())
        .doesNotContain(pending.state(), pending.nonce(), pending.codeVerifier());
  }

  private Map<String, List<String>> query(PendingSignIn pending) {
    OIDCProviderMetadata metadata =
        new OIDCProviderMetadata(
            new Issuer(ISSUER),
            List.of(SubjectType.PUBLIC),
            URI.create(ISSUER + "/protocol/openid-connect/certs"));
    metadata.setAuthorizationEndpointURI(URI.create(ISSUER + "/protocol/openid-connect/auth"));
    URI request =
        OidcProvider.authorizationRequest(
            metadata, config, pending, URI.create("https://portal.example.test/sso/callback"));
    assertThat(request.toString()).startsWith(ISSUER + "/protocol/openid-connect/auth?");
    return URLUtils.parseParameters(request.getRawQuery());
  }
}
