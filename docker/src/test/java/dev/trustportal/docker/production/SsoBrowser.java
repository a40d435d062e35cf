package dev.trustportal.docker.production;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser does for single sign-on, done with plain HTTP through HAProxy: it follows the
 * redirects from the portal's {@code /sso/login} to Keycloak, fills in Keycloak's own login form,
 * follows Keycloak's redirect back to the portal's callback, and keeps every cookie on the way
 * (Keycloak's, the portal's session and HAProxy's sticky one). Everything answers on the portal's
 * one public origin, so one cookie jar without domains or paths serves.
 */
final class SsoBrowser {

  private static final Pattern LOGIN_FORM =
      Pattern.compile("<form[^>]*\\bid=\"kc-form-login\"[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");
  private static final int MAX_REDIRECTS = 10;

  private final Topology topology;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** Where the last request ended after its redirects, and what it answered there. */
  record Page(URI uri, int status, String body) {}

  SsoBrowser(Topology topology) {
    this.topology = topology;
  }

  /** Opens the portal's sign-in with the provider: the page Keycloak shows, after redirects. */
  Page startSignIn() {
    return follow(get(topology.portal("/sso/login")));
  }

  /**
   * Fills in Keycloak's login forms from {@code page} on until they are done: the realm asks for
   * the username first (organisations are on: identity-first login), then for the password. The
   * page the last redirects end on.
   */
  Page signIn(Page page, String username, String password) {
    Page current = page;
    for (int step = 0; LOGIN_FORM.matcher(current.body()).find(); step++) {
      if (step == 3) {
        throw new AssertionError("Keycloak keeps asking: " + current.uri() + "\n" + current.body());
      }
      current = submitLoginForm(current, username, password);
    }
    return current;
  }

  private Page submitLoginForm(Page page, String username, String password) {
    Matcher form = LOGIN_FORM.matcher(page.body());
    if (!form.find()) {
      throw new AssertionError("no Keycloak login form at " + page.uri() + ":\n" + page.body());
    }
    Matcher action = ACTION.matcher(form.group());
    if (!action.find()) {
      throw new AssertionError("Keycloak's login form has no action: " + form.group());
    }
    URI target = page.uri().resolve(action.group(1).replace("&amp;", "&"));
    String fields = "username=" + encode(username) + "&password=" + encode(password);
    return follow(
        send(
            HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields))));
  }

  /** A GET of the portal's REST API with this browser's cookies (its signed-in session). */
  Api.Response api(String path) {
    return response(
        send(HttpRequest.newBuilder(topology.portal(path)).header("Accept", "application/json")));
  }

  /** A POST of the portal's REST API from the portal's own page (its Origin), with the cookies. */
  Api.Response apiPost(String path, String json) {
    URI uri = topology.portal(path);
    return response(
        send(
            HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Origin", uri.getScheme() + "://" + uri.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(json))));
  }

  private HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET());
  }

  private Page follow(HttpResponse<String> first) {
    HttpResponse<String> response = first;
    for (int hop = 0; isRedirect(response.statusCode()); hop++) {
      if (hop == MAX_REDIRECTS) {
        throw new AssertionError("more than " + MAX_REDIRECTS + " redirects: " + response.uri());
      }
      String location =
          response
              .headers()
              .firstValue("Location")
              .orElseThrow(() -> new AssertionError("a redirect without Location"));
      response = get(response.uri().resolve(location));
    }
    return new Page(response.uri(), response.statusCode(), response.body());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    cookieHeader().ifPresent(cookie -> request.header("Cookie", cookie));
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      response.headers().allValues("Set-Cookie").forEach(this::keep);
      return response;
    } catch (IOException e) {
      throw new IllegalStateException("request cut off: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private void keep(String setCookie) {
    String pair = setCookie.split(";", 2)[0];
    int equals = pair.indexOf('=');
    String name = pair.substring(0, equals).strip();
    String value = pair.substring(equals + 1).strip();
    boolean expired = setCookie.toLowerCase().matches(".*;\\s*max-age=0\\b.*");
    if (expired || value.isEmpty()) {
      cookies.remove(name);
    } else {
      cookies.put(name, value);
    }
  }

  private Optional<String> cookieHeader() {
    return cookies.isEmpty()
        ? Optional.empty()
        : Optional.of(
            String.join(
                "; ",
                cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
  }

  private static Api.Response response(HttpResponse<String> response) {
    return new Api.Response(response.statusCode(), response.body(), Optional.empty());
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
