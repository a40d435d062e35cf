package dev.trustportal.docker.production;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The portal's REST API through HAProxy, as one user with HTTP Basic. */
final class Api {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final Topology topology;
  private final String authorization;
  private final HttpClient http =
      // HTTP/1.1 as browsers and API clients speak it through HAProxy: an h2c upgrade would turn
      // the connection into a tunnel to one instance, past HAProxy's cookie and health checks.
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  Api(Topology topology, String user, String password) {
    this.topology = topology;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  record Response(int status, String body, Optional<String> instance) {
    JsonNode json() {
      return JSON.readTree(body);
    }
  }

  Response get(String path) {
    return send(request(path).GET());
  }

  /** A GET that the named instance answers (HAProxy's sticky cookie). */
  Response getFrom(String instance, String path) {
    return send(request(path).header("Cookie", "TP_INSTANCE=" + instance).GET());
  }

  Response post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Waits until the change request is PUBLISHED; fails when it ends in any other state. */
  JsonNode awaitPublished(long change, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    JsonNode current = get("/api/v1/changes/" + change).json();
    while (current.get("state").asText().matches("FILED|APPROVED|PUBLISHING")) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("still waiting for change: " + current);
      }
      Thread.sleep(300);
      current = get("/api/v1/changes/" + change).json();
    }
    if (!current.get("state").asText().equals("PUBLISHED")) {
      throw new AssertionError("not published: " + current);
    }
    return current;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(topology.portal(path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", authorization)
        .header("Accept", "application/json");
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Optional<String> instance =
          response.headers().allValues("Set-Cookie").stream()
              .filter(c -> c.startsWith("TP_INSTANCE="))
              .map(c -> c.replaceAll("^TP_INSTANCE=([^;]*).*$", "$1"))
              .findFirst();
      return new Response(response.statusCode(), response.body(), instance);
    } catch (IOException e) {
      throw new IllegalStateException("request cut off: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
