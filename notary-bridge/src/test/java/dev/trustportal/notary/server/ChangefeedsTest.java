package dev.trustportal.notary.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChangefeedsTest {

  @Test
  void readsTheRecordsOfNotaryServersChangefeedWithTheirStringIds() {
    String body =
        "{\"count\":2,\"records\":[{\"ID\":\"11\",\"CreatedAt\":\"2026-12-07T17:00:00Z\","
            + "\"GUN\":\"registry.example.com/acme/app\",\"Version\":3,\"SHA256\":\"ab\","
            + "\"Category\":\"update\"},{\"ID\":\"12\",\"CreatedAt\":\"2026-12-07T17:00:01Z\","
            + "\"GUN\":\"registry.example.com/acme/old\",\"Version\":0,\"SHA256\":\"\","
            + "\"Category\":\"deletion\"}]}";

    assertThat(Changefeeds.parse(body.getBytes(StandardCharsets.UTF_8)))
        .containsExactly(
            new FeedChange(11, "registry.example.com/acme/app", 3, "update"),
            new FeedChange(12, "registry.example.com/acme/old", 0, "deletion"));
  }

  @Test
  void anEmptyFeedHasNoChanges() {
    assertThat(Changefeeds.parse("{\"count\":0,\"records\":[]}".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
  }
}
