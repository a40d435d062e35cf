package dev.trustportal.notary.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Turns an error response into the matching exception; notary-server errors are {@code
 * {"errors":[…]}}.
 */
final class ServerErrors {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ServerErrors() {}

  static NotaryServerException from(int status, byte[] body) {
    JsonNode first = firstError(body);
    String code = first.path("code").asText("UNKNOWN");
    String message =
        first.path("message").asText(new String(body, java.nio.charset.StandardCharsets.UTF_8));
    JsonNode detailNode = first.path("detail");
    String detail = detailNode.isMissingNode() || detailNode.isNull() ? "" : detailNode.toString();
    if (status == 401) {
      return new UnauthorizedException(code, message, detail);
    }
    return switch (code) {
      case "METADATA_NOT_FOUND" -> new MetadataNotFoundException(message, detail);
      case "VERSION" -> new VersionConflictException(message, detail);
      case "INVALID_UPDATE" ->
          new InvalidUpdateException(
              message,
              detail,
              detailNode.path("Name").asText(""),
              detailNode.path("Error").path("Msg").asText(""));
      default -> new NotaryServerException(status, code, message, detail);
    };
  }

  private static JsonNode firstError(byte[] body) {
    try {
      JsonNode errors = MAPPER.readTree(body).path("errors");
      return errors.isArray() && errors.size() > 0 ? errors.get(0) : MAPPER.createObjectNode();
    } catch (IOException | RuntimeException e) {
      return MAPPER.createObjectNode();
    }
  }
}
