package dev.trustportal.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The REST API's answer to a request without valid credentials, in the API's JSON error format. */
final class ApiUnauthorized {

  static final String API_PREFIX = "/api/";
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
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", CHALLENGE);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"error\":\"unauthorized\",\"message\":\"" + message + "\"}");
    response.flushBuffer();
  }
}
