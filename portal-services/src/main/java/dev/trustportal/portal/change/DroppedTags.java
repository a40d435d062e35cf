package dev.trustportal.portal.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustportal.portal.repository.OrphanedTag;
import java.util.List;

/**
 * The tags a published removal left in no role, as kept with its change request: JSON, one object
 * per tag with who can sign it into {@code targets/releases} again and the command.
 */
final class DroppedTags {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DroppedTags() {}

  static String json(List<OrphanedTag> tags) {
    try {
      return JSON.writeValueAsString(tags);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of records always writes as JSON", e);
    }
  }

  static List<OrphanedTag> parse(String json) {
    try {
      return JSON.readValue(json, new TypeReference<List<OrphanedTag>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("dropped tags stored by this class do not parse: " + json, e);
    }
  }
}
