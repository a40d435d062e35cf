package dev.trustportal.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every error answer of the API. */
public record ApiError(String error, String message) {

  static Response response(Response.StatusType status, String error, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(error, message))
        .build();
  }
}
