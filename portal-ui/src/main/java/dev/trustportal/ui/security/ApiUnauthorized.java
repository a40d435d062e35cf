package dev.trustportal.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The REST API's answer to a request without valid credentials (or, for a token, outside its
 * scope), in the API's JSON error format.
 */
final class ApiUnauthorized {

  static final String API_PREFIX = "/api/";
  static final String SERVICE_PREFIX = "/service/";
  static final String CHALLENGE = "Basic realm=\"Trust Portal\"";

  private ApiUnauthorized() {}

  static boolean isApiRequest(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith(API_PREFIX);
  }

  /**
   * Writes the 401 and commits the response, so that the container cannot replace the JSON body
   * with its own error page.
   */
  static void send(HttpServletResponse response, String message) throws IOException {
    response.setHeader("WWW-Authenticate", CHALLENGE);
    send(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", message);
  }

  /** Any refusal before the REST API runs, in its error format; the texts are ours, never input. */
  static void send(HttpServletResponse response, int status, String code, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}");
    response.flushBuffer();
  }

  /** Whether the request is for the REST API or the notary token service, where tokens count. */
  static boolean acceptsTokens(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith(API_PREFIX) || path.startsWith(SERVICE_PREFIX);
  }
}
