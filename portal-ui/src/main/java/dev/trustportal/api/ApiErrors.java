package dev.trustportal.api;

import dev.trustportal.portal.common.PortalException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place that decides how a failure looks to an API client. The exception mappers of this
 * package only delegate here.
 */
final class ApiErrors {

  private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

  private static final Map<PortalException.Kind, Status> STATUS_OF_KIND =
      Map.of(
          PortalException.Kind.INVALID_INPUT, Status.BAD_REQUEST,
          PortalException.Kind.CONFLICT, Status.CONFLICT,
          PortalException.Kind.NOT_FOUND, Status.NOT_FOUND,
          PortalException.Kind.FORBIDDEN, Status.FORBIDDEN,
          PortalException.Kind.UPSTREAM_UNAVAILABLE, Status.SERVICE_UNAVAILABLE,
          PortalException.Kind.UPSTREAM_INVALID, Status.BAD_GATEWAY);

  private static final Map<Integer, String> CODE_OF_STATUS =
      Map.of(
          403, "forbidden",
          404, "not_found",
          405, "method_not_allowed",
          406, "not_acceptable",
          415, "unsupported_media_type");

  private ApiErrors() {}

  static Response of(PortalException failure) {
    return ApiError.response(
        STATUS_OF_KIND.get(failure.kind()), failure.code(), failure.getMessage());
  }

  static Response forbidden() {
    return ApiError.response(
        Status.FORBIDDEN, "forbidden", "You are not allowed to do this with your roles.");
  }

  static Response malformedJson() {
    return ApiError.response(
        Status.BAD_REQUEST,
        "malformed_json",
        "The request body is missing or is not the expected JSON; see the OpenAPI description at"
            + " /openapi.");
  }

  /** Keeps the status JAX-RS chose (404 for an unknown path, 405, 415...), in our error format. */
  static Response of(WebApplicationException failure) {
    int status = failure.getResponse().getStatus();
    if (status == 400 && causedByJson(failure)) {
      return malformedJson();
    }
    if (status >= 500) {
      return unexpected(failure);
    }
    Response.StatusType type = failure.getResponse().getStatusInfo();
    String code =
        CODE_OF_STATUS.getOrDefault(status, status == 400 ? "bad_request" : "http_" + status);
    return ApiError.response(type, code, type.getReasonPhrase() + ".");
  }

  /** Anything unforeseen: logged with an incident id that the client can quote. */
  static Response unexpected(Throwable failure) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure in the REST API, incident " + incident, failure);
    return ApiError.response(
        Status.INTERNAL_SERVER_ERROR,
        "internal_error",
        "The server failed to handle the request (incident " + incident + ").");
  }

  static boolean isAccessDenied(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof EJBAccessException) {
        return true;
      }
    }
    return false;
  }

  private static boolean causedByJson(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonbException || t instanceof ProcessingException) {
        return true;
      }
    }
    return false;
  }
}
