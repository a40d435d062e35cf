package dev.trustportal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * A script's view of the portal: HTTP calls to /api/v1 with Basic credentials, an API token or
 * none.
 */
final class PortalApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final Optional<String> authorization;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private PortalApi(URI base, Optional<String> authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  static PortalApi asAdmin(PortalStack stack) {
    return as(stack, "admin", stack.adminPassword());
  }

  static PortalApi as(PortalStack stack, String user, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new PortalApi(stack.portal(""), Optional.of("Basic " + token));
  }

  /** A script with an API token, sent as {@code Authorization: Bearer}. */
  static PortalApi bearer(PortalStack stack, String token) {
    return new PortalApi(stack.portal(""), Optional.of("Bearer " + token));
  }

  /** Any {@code Authorization} header, as a client may send it (malformed ones included). */
  static PortalApi withAuthorization(PortalStack stack, String authorization) {
    return new PortalApi(stack.portal(""), Optional.of(authorization));
  }

  static PortalApi anonymous(PortalStack stack) {
    return new PortalApi(stack.portal(""), Optional.empty());
  }

  /** The same credentials, sent to another address of the portal (a load balancer, an instance). */
  PortalApi through(URI other) {
    return new PortalApi(other, authorization);
  }

  /** The {@code Authorization} header this script sends. */
  String authorizationHeader() {
    return authorization.orElseThrow();
  }

  Response get(String path) {
    return send(request(path).GET());
  }

  Response post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Response patch(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  Response put(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A PUT of a body that is not JSON, such as a FIDO metadata blob (application/jwt). */
  Response put(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  Response delete(String path) {
    return send(request(path).DELETE());
  }

  /** Any method, with a JSON body or none. */
  Response call(String method, String path, String json) {
    HttpRequest.BodyPublisher body =
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json);
    HttpRequest.Builder builder = request(path).method(method, body);
    if (json != null) {
      builder.header("Content-Type", "application/json");
    }
    return send(builder);
  }

  /**
   * Waits up to a minute until the change request has left FILED, APPROVED and PUBLISHING; it must
   * be PUBLISHED.
   */
  JsonNode awaitPublished(long change) throws InterruptedException {
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
    JsonNode current = get("/api/v1/changes/" + change).json();
    while (current.get("state").asText().matches("FILED|APPROVED|PUBLISHING")) {
      if (java.time.Instant.now().isAfter(deadline)) {
        throw new AssertionError("still waiting for change: " + current);
      }
      Thread.sleep(200);
      current = get("/api/v1/changes/" + change).json();
    }
    if (!current.get("state").asText().equals("PUBLISHED")) {
      throw new AssertionError("not published: " + current);
    }
    return current;
  }

  /**
   * Files the addition of a signer with {@code key} to the repository (no approval needed by the
   * caller's organisation) and waits until it is published.
   */
  void addSigner(String org, String repository, String name, java.security.KeyPair key)
      throws InterruptedException {
    String body =
        JSON.createObjectNode()
            .put("name", name)
            .put("publicKey", SignerKeyMaterial.publicPem(key))
            .toString();
    Response filed = post("/api/v1/orgs/" + org + "/repositories/" + repository + "/signers", body);
    if (filed.status() != 202) {
      throw new AssertionError("signer " + name + " not filed: " + filed.body());
    }
    awaitPublished(filed.json().get("id").asLong());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    authorization.ifPresent(value -> builder.header("Authorization", value));
    return builder;
  }

  private Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response with its body parsed as JSON where it is JSON. */
  record Response(HttpResponse<String> raw) {
    int status() {
      return raw.statusCode();
    }

    String body() {
      return raw.body();
    }

    Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }

    JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new AssertionError("not JSON (status " + raw.statusCode() + "): " + raw.body(), e);
      }
    }

    URI uri() {
      return raw.uri();
    }
  }
}
