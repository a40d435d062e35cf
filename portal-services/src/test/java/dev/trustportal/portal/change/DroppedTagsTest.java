package dev.trustportal.portal.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.portal.repository.OrphanedTag;
import java.util.List;
import org.junit.jupiter.api.Test;

class DroppedTagsTest {

  @Test
  void droppedTagsReadBackAsTheyWereKept() {
    List<OrphanedTag> kept =
        List.of(
            new OrphanedTag(
                "v9",
                List.of("targets/alice"),
                "targets/releases",
                List.of("bob", "carol"),
                OrphanedTag.addhash(
                    "registry.example/acme/app", "v9", 4, "ab".repeat(32), "targets/releases")),
            new OrphanedTag("v10", List.of("targets/alice"), "targets/releases", List.of(), "-"));

    assertThat(DroppedTags.parse(DroppedTags.json(kept))).isEqualTo(kept);
  }
}
