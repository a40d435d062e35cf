package dev.trustportal.ui.security.oidc;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The portal's conversation with the provider: discovery (cached), the authorization request with
 * PKCE, the code exchange at the token endpoint (client_secret_basic), ID token verification against
 * the provider's JWK set (cached and refreshed by Nimbus when a new key id appears), and the URL of
 * RP-initiated logout. A provider that cannot be reached is an {@link OidcUnavailableException}.
 */
@ApplicationScoped
public class OidcProvider {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final OidcSettings settings;
  private final Clock clock;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private volatile Discovered discovered;

  /** The discovery document with the verifier for its keys, kept together. */
  private record Discovered(ProviderMetadata metadata, IdTokenVerifier verifier, AccessTokenVerifier accessTokens) {}

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
    OidcConfig config = settings.config();
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", config.clientId());
    query.put("redirect_uri", redirectUri.toString());
    query.put("scope", String.join(" ", config.scopes()));
    query.put("state", pending.state());
    query.put("nonce", pending.nonce());
    query.put("code_challenge", Pkce.challenge(pending.codeVerifier()));
    query.put("code_challenge_method", Pkce.METHOD);
    return withQuery(rediscovered().metadata().authorizationEndpoint(), query);
  }

  /**
   * Discovers the provider again, so that a sign-in starts only while the provider answers: otherwise
   * the browser would be sent to a dead address instead of being told on the sign-in page.
   */
  private Discovered rediscovered() {
    Discovered fresh = discover(settings.config());
    discovered = fresh;
    return fresh;
  }

  /** Exchanges the authorization code with the PKCE verifier (RFC 6749 §4.1.3, RFC 7636 §4.5). */
  TokenResponse exchange(String code, String codeVerifier, URI redirectUri) {
    OidcConfig config = settings.config();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", redirectUri.toString());
    form.put("code_verifier", codeVerifier);
    HttpRequest request =
        HttpRequest.newBuilder(discovered().metadata().tokenEndpoint())
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .header("Authorization", basic(config.clientId(), config.clientSecret()))
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
            .build();
    HttpResponse<String> response = send(request, "token endpoint");
    Map<String, Object> body = json(response.body(), "token endpoint");
    if (response.statusCode() != 200 || !(body.get("id_token") instanceof String idToken)) {
      throw new OidcUnavailableException("The token endpoint refused the code (HTTP " + response.statusCode()
          + "): " + body.getOrDefault("error", "") + " " + body.getOrDefault("error_description", ""));
    }
    return new TokenResponse(idToken);
  }

  JWTClaimsSet verify(String idToken, String nonce) throws InvalidIdTokenException {
    return discovered().verifier().verify(idToken, nonce);
  }

  /** @throws OidcUnavailableException if the provider cannot be reached to learn its keys */
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
    ProviderMetadata metadata;
    try {
      metadata = discovered().metadata();
    } catch (OidcUnavailableException unreachable) {
      return Optional.empty();
    }
    Map<String, String> query = new LinkedHashMap<>();
    query.put("id_token_hint", idToken);
    query.put("post_logout_redirect_uri", postLogoutRedirect.toString());
    query.put("client_id", settings.config().clientId());
    return metadata.endSessionEndpoint().map(endpoint -> withQuery(endpoint, query));
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
    URI document = URI.create(config.issuer().toString().replaceAll("/+$", "") + "/.well-known/openid-configuration");
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(document).timeout(TIMEOUT).header("Accept", "application/json").GET().build(),
            "discovery document " + document);
    if (response.statusCode() != 200) {
      throw new OidcUnavailableException("The provider's discovery document " + document + " answered HTTP "
          + response.statusCode() + ": check portal.oidc.issuer.");
    }
    ProviderMetadata metadata = ProviderMetadata.of(config.issuer(), json(response.body(), "discovery document"));
    JWKSource<SecurityContext> keys;
    try {
      keys = JWKSourceBuilder.<SecurityContext>create(metadata.jwksUri().toURL()).refreshAheadCache(false).build();
    } catch (MalformedURLException e) {
      throw new OidcUnavailableException("The provider's jwks_uri is not a URL: " + metadata.jwksUri(), e);
    }
    return new Discovered(metadata, new IdTokenVerifier(metadata.issuer(), config.clientId(), keys, clock),
        new AccessTokenVerifier(metadata.issuer(), config.clientId(), keys, clock));
  }

  private HttpResponse<String> send(HttpRequest request, String what) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new OidcUnavailableException("The provider's " + what + " cannot be reached: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OidcUnavailableException("Interrupted while calling the provider's " + what, e);
    }
  }

  private static Map<String, Object> json(String body, String what) {
    try {
      return JSONObjectUtils.parse(body);
    } catch (ParseException e) {
      throw new OidcUnavailableException("The provider's " + what + " did not answer JSON.", e);
    }
  }

  /** RFC 6749 §2.3.1: id and secret are form-urlencoded before they go into the Basic header. */
  private static String basic(String clientId, String secret) {
    String pair = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private static URI withQuery(URI endpoint, Map<String, String> query) {
    String separator = endpoint.getRawQuery() == null ? "?" : "&";
    return URI.create(endpoint + separator + encode(query));
  }

  private static String encode(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
