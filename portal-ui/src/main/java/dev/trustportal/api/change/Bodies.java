package dev.trustportal.api.change;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;

/** A missing body is the same mistake as one JSON-B cannot read: 400 malformed_json. */
final class Bodies {

  private Bodies() {}

  static <T> T required(T body) {
    if (body == null) {
      throw new BadRequestException(new JsonbException("empty body"));
    }
    return body;
  }
}
