package dev.trustportal.notary.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads notary-server's changefeed reply: {@code {"count":n,"records":[{"ID":"12","GUN":…,
 * "Version":3,"SHA256":…,"Category":"update","CreatedAt":…}]}} (server/handlers/changefeed.go; the
 * ID is a string in the SQL stores).
 */
final class Changefeeds {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Changefeeds() {}

  static List<FeedChange> parse(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      throw new NotaryServerException(
          200, "BAD_CHANGEFEED", "the changefeed reply is not JSON", "");
    }
    List<FeedChange> changes = new ArrayList<>();
    for (JsonNode record : root.path("records")) {
      changes.add(
          new FeedChange(
              Long.parseLong(record.path("ID").asText("0")),
              record.path("GUN").asText(),
              record.path("Version").asInt(),
              record.path("Category").asText()));
    }
    return changes;
  }
}
