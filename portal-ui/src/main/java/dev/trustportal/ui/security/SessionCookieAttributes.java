package dev.trustportal.ui.security;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Gives the session cookie {@code SameSite=Lax} (and {@code Secure} when the client came over
 * HTTPS) just before the response is committed. Payara writes the session cookie itself, past any
 * wrapper, and ignores the SameSite attribute of web.xml's cookie-config; what it wrote is still in
 * the headers until the first byte of the body goes out, so it is rewritten there.
 */
final class SessionCookieAttributes extends HttpServletResponseWrapper {

  private static final String SET_COOKIE = "Set-Cookie";

  private final String cookieName;
  private final boolean secure;

  SessionCookieAttributes(HttpServletResponse response, String cookieName, boolean secure) {
    super(response);
    this.cookieName = cookieName;
    this.secure = secure;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    rewrite();
    return super.getOutputStream();
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    rewrite();
    return super.getWriter();
  }

  @Override
  public void flushBuffer() throws IOException {
    rewrite();
    super.flushBuffer();
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    rewrite();
    super.sendRedirect(location);
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    rewrite();
    super.sendError(status, message);
  }

  @Override
  public void sendError(int status) throws IOException {
    rewrite();
    super.sendError(status);
  }

  /**
   * Rewrites the headers once more where a session cookie lacks its attributes; others stay as they
   * are.
   */
  void rewrite() {
    HttpServletResponse response = (HttpServletResponse) getResponse();
    if (response.isCommitted()) {
      return;
    }
    List<String> cookies = List.copyOf(response.getHeaders(SET_COOKIE));
    List<String> rewritten = cookies.stream().map(this::attributed).toList();
    if (rewritten.equals(cookies)) {
      return;
    }
    response.setHeader(SET_COOKIE, rewritten.get(0));
    rewritten.stream().skip(1).forEach(cookie -> response.addHeader(SET_COOKIE, cookie));
  }

  private String attributed(String cookie) {
    return withAttributes(cookie, cookieName, secure);
  }

  /**
   * The Set-Cookie value with the attributes the session cookie needs; other cookies as they are.
   */
  static String withAttributes(String cookie, String cookieName, boolean secure) {
    if (!cookie.startsWith(cookieName + "=")) {
      return cookie;
    }
    String lower = cookie.toLowerCase(Locale.ROOT);
    String result = cookie;
    if (!lower.contains("samesite=")) {
      result += "; SameSite=Lax";
    }
    if (secure && !lower.matches(".*;\\s*secure(;.*|$)")) {
      result += "; Secure";
    }
    return result;
  }
}
