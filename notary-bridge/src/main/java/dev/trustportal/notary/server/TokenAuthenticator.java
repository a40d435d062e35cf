package dev.trustportal.notary.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustportal.notary.tuf.Gun;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docker-style bearer token auth (distribution token spec; notary-auth-storage §1): a 401 with
 * {@code WWW-Authenticate: Bearer realm=…,service=…,scope=…} is answered by a GET to the realm with
 * service, scope and, when credentials are configured, {@code account} plus Basic auth; the reply's
 * {@code token} or {@code access_token} is then sent as {@code Authorization: Bearer}. Tokens are
 * cached per scope. When the host mints tokens itself ({@link BearerTokens}), one token per GUN (it
 * grants every action) is sent with the first request already, saving the challenge round trip, and
 * minted again when notary-server refuses it (it expired).
 */
final class TokenAuthenticator {
  private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient http;
  private final Optional<ServerConfig.Credentials> credentials;
  private final Optional<BearerTokens> ownTokens;
  private final Map<String, String> tokensByScope = new ConcurrentHashMap<>();

  TokenAuthenticator(
      HttpClient http,
      Optional<ServerConfig.Credentials> credentials,
      Optional<BearerTokens> ownTokens) {
    this.http = http;
    this.credentials = credentials;
    this.ownTokens = ownTokens;
  }

  /** The token to send with a first request: the cached one, or the host's own, minted now. */
  Optional<String> cachedToken(Gun gun, String scope) {
    if (ownTokens.isPresent()) {
      return Optional.of(
          tokensByScope.computeIfAbsent(ownKey(gun), k -> ownTokens.get().forRepository(gun)));
    }
    return Optional.ofNullable(tokensByScope.get(scope));
  }

  /** Fetches a token for the challenge; empty when the challenge is not a Bearer one. */
  Optional<String> answer(String challenge, Gun gun, String expectedScope) {
    if (challenge == null || !challenge.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    if (ownTokens.isPresent()) {
      String token = ownTokens.get().forRepository(gun);
      tokensByScope.put(ownKey(gun), token);
      return Optional.of(token);
    }
    Map<String, String> params = parse(challenge);
    String realm = params.get("realm");
    if (realm == null) {
      return Optional.empty();
    }
    String scope = params.getOrDefault("scope", expectedScope);
    String token = requestToken(realm, params.getOrDefault("service", ""), scope);
    tokensByScope.put(expectedScope, token);
    return Optional.of(token);
  }

  private static String ownKey(Gun gun) {
    return "own:" + gun.value();
  }

  static Map<String, String> parse(String challenge) {
    Map<String, String> params = new LinkedHashMap<>();
    Matcher m = PARAM.matcher(challenge.substring(7));
    while (m.find()) {
      params.put(m.group(1), m.group(2));
    }
    return params;
  }

  private String requestToken(String realm, String service, String scope) {
    StringBuilder query = new StringBuilder("service=").append(encode(service));
    if (!scope.isEmpty()) {
      query.append("&scope=").append(encode(scope));
    }
    HttpRequest.Builder req = HttpRequest.newBuilder();
    credentials.ifPresent(
        c -> {
          query.append("&account=").append(encode(c.username()));
          String basic = c.username() + ":" + c.password();
          req.header(
              "Authorization",
              "Basic "
                  + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        });
    URI uri = URI.create(realm + (realm.contains("?") ? "&" : "?") + query);
    try {
      HttpResponse<byte[]> resp =
          http.send(req.uri(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (resp.statusCode() != 200) {
        throw ServerErrors.from(resp.statusCode(), resp.body());
      }
      return tokenFrom(resp.body());
    } catch (IOException e) {
      throw new ServerUnreachableException("token realm " + realm, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServerUnreachableException("token realm " + realm, e);
    }
  }

  private static String tokenFrom(byte[] body) throws IOException {
    JsonNode json = MAPPER.readTree(body);
    String token = json.path("token").asText("");
    if (token.isEmpty()) {
      token = json.path("access_token").asText("");
    }
    if (token.isEmpty()) {
      throw new UnauthorizedException(
          "UNAUTHORIZED", "authorization server did not include a token in the response", "");
    }
    return token;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
