package dev.trustportal.ui.security.oidc;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;

/**
 * The portal's conversation with the provider, each step done by Nimbus' OAuth 2.0 / OpenID Connect
 * SDK: discovery (cached; the document must name exactly the configured issuer), the authorization
 * request with PKCE (S256), the code exchange at the token endpoint (client_secret_basic), ID token
 * verification against the provider's JWK set (cached and refreshed by Nimbus when a new key id
 * appears), and the URL of RP-initiated logout. A provider that cannot be reached is an {@link
 * OidcUnavailableException}.
 */
@ApplicationScoped
public class OidcProvider {

  private static final int TIMEOUT_MILLIS = 10_000;

  private final OidcSettings settings;
  private final Clock clock;
  private volatile Discovered discovered;

  /** The discovery document with the verifiers for its keys, kept together. */
  private record Discovered(
      OIDCProviderMetadata metadata, IdTokenVerifier verifier, AccessTokenVerifier accessTokens) {}

  @Inject
  OidcProvider(OidcSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** For the CDI client proxy only. */
  protected OidcProvider() {
    this.settings = null;
    this.clock = null;
  }

  /** Where the browser goes to sign in (OpenID Connect Core §3.1.2.1, RFC 7636 §4.3). */
  URI authorizationRequest(PendingSignIn pending, URI redirectUri) {
    return authorizationRequest(rediscovered().metadata(), settings.config(), pending, redirectUri);
  }

  static URI authorizationRequest(
      OIDCProviderMetadata metadata, OidcConfig config, PendingSignIn pending, URI redirectUri) {
    return new AuthenticationRequest.Builder(
            ResponseType.CODE,
            new Scope(config.scopes().toArray(String[]::new)),
            new ClientID(config.clientId()),
            redirectUri)
        .endpointURI(metadata.getAuthorizationEndpointURI())
        .state(new State(pending.state()))
        .nonce(new Nonce(pending.nonce()))
        .codeChallenge(new CodeVerifier(pending.codeVerifier()), CodeChallengeMethod.S256)
        .build()
        .toURI();
  }

  /**
   * Discovers the provider again, so that a sign-in starts only while the provider answers:
   * otherwise the browser would be sent to a dead address instead of being told on the sign-in
   * page.
   */
  private Discovered rediscovered() {
    Discovered fresh = discover(settings.config());
    discovered = fresh;
    return fresh;
  }

  /**
   * Exchanges the authorization code with the PKCE verifier (RFC 6749 §4.1.3, RFC 7636 §4.5).
   *
   * @return the ID token, not yet verified
   */
  String exchange(String code, String codeVerifier, URI redirectUri) {
    OidcConfig config = settings.config();
    TokenRequest request =
        new TokenRequest(
            discovered().metadata().getTokenEndpointURI(),
            new ClientSecretBasic(
                new ClientID(config.clientId()), new Secret(config.clientSecret())),
            new AuthorizationCodeGrant(
                new AuthorizationCode(code), redirectUri, new CodeVerifier(codeVerifier)));
    TokenResponse response;
    try {
      response = OIDCTokenResponseParser.parse(withTimeouts(request.toHTTPRequest()).send());
    } catch (IOException e) {
      throw new OidcUnavailableException(
          "The provider's token endpoint cannot be reached: " + e, e);
    } catch (com.nimbusds.oauth2.sdk.ParseException e) {
      throw new OidcUnavailableException(
          "The provider's token endpoint answered no tokens: " + e.getMessage(), e);
    }
    if (!response.indicatesSuccess()) {
      ErrorObject error = response.toErrorResponse().getErrorObject();
      throw new OidcUnavailableException(
          "The token endpoint refused the code (HTTP "
              + error.getHTTPStatusCode()
              + "): "
              + error.getCode()
              + " "
              + Optional.ofNullable(error.getDescription()).orElse(""));
    }
    return ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDTokenString();
  }

  JWTClaimsSet verify(String idToken, String nonce) throws InvalidIdTokenException {
    return discovered().verifier().verify(idToken, nonce);
  }

  /**
   * @throws OidcUnavailableException if the provider cannot be reached to learn its keys
   */
  JWTClaimsSet verifyAccessToken(String accessToken) throws InvalidIdTokenException {
    return discovered().accessTokens().verify(accessToken);
  }

  /**
   * RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0 §2): the provider ends its own
   * session for the person the ID token names and sends the browser back to {@code
   * postLogoutRedirect}, which the client must have registered. Empty when the provider offers no
   * such endpoint or cannot be reached.
   */
  Optional<URI> endSession(String idToken, URI postLogoutRedirect) {
    OIDCProviderMetadata metadata;
    try {
      metadata = discovered().metadata();
    } catch (OidcUnavailableException unreachable) {
      return Optional.empty();
    }
    URI endpoint = metadata.getEndSessionEndpointURI();
    if (endpoint == null) {
      return Optional.empty();
    }
    try {
      ClientID client = new ClientID(settings.config().clientId());
      return Optional.of(
          new LogoutRequest(
                  endpoint, JWTParser.parse(idToken), null, client, postLogoutRedirect, null, null)
              .toURI());
    } catch (ParseException notAJwt) {
      return Optional.empty();
    }
  }

  private Discovered discovered() {
    Discovered known = discovered;
    if (known == null) {
      known = discover(settings.config());
      discovered = known;
    }
    return known;
  }

  private Discovered discover(OidcConfig config) {
    OIDCProviderMetadata metadata;
    try {
      // Resolve checks that the document names the configured issuer, wherever it was read.
      metadata =
          OIDCProviderMetadata.resolve(
              new Issuer(config.issuer()),
              config.backchannelUrl().map(OidcProvider::toUrl).orElse(null),
              TIMEOUT_MILLIS,
              TIMEOUT_MILLIS);
    } catch (IOException e) {
      throw new OidcUnavailableException(
          "The provider's discovery document cannot be reached: " + e, e);
    } catch (GeneralException e) {
      // Among others: the document names another issuer (Discovery §4.3: they must be identical).
      throw new OidcUnavailableException(
          "The provider's discovery document was refused: "
              + e.getMessage()
              + ": check portal.oidc.issuer.",
          e);
    }
    JWKSource<SecurityContext> keys;
    try {
      keys =
          JWKSourceBuilder.<SecurityContext>create(metadata.getJWKSetURI().toURL())
              .refreshAheadCache(false)
              .build();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new OidcUnavailableException(
          "The provider's jwks_uri is not a URL: " + metadata.getJWKSetURI(), e);
    }
    String issuer = metadata.getIssuer().getValue();
    return new Discovered(
        metadata,
        new IdTokenVerifier(issuer, config.clientId(), keys),
        new AccessTokenVerifier(issuer, config.clientId(), keys, clock));
  }

  private static URL toUrl(URI uri) {
    try {
      return uri.toURL();
    } catch (MalformedURLException e) {
      throw new OidcUnavailableException("portal.oidc.backchannel-url is not a URL: " + uri, e);
    }
  }

  private static HTTPRequest withTimeouts(HTTPRequest request) {
    request.setConnectTimeout(TIMEOUT_MILLIS);
    request.setReadTimeout(TIMEOUT_MILLIS);
    return request;
  }
}
