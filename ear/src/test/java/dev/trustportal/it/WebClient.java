package dev.trustportal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, as a browser or an attacker's script sends it: any header (Origin,
 * Sec-Fetch-Site, Cookie, X-Forwarded-For) and, where a test needs a second client, a source
 * address of its own on the loopback network (127.0.0.2 is another client to the portal than
 * 127.0.0.1).
 */
final class WebClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final String sourceAddress;
  private final Map<String, String> headers = new LinkedHashMap<>();

  private WebClient(URI base, String sourceAddress) {
    this.base = base;
    this.sourceAddress = sourceAddress;
  }

  /** A client on 127.0.0.1. */
  static WebClient of(PortalStack stack) {
    return new WebClient(stack.portal(""), "127.0.0.1");
  }

  /** A client on another loopback address, such as 127.0.0.2. */
  static WebClient from(PortalStack stack, String sourceAddress) {
    return new WebClient(stack.portal(""), sourceAddress);
  }

  WebClient header(String name, String value) {
    WebClient copy = new WebClient(base, sourceAddress);
    copy.headers.putAll(headers);
    copy.headers.put(name, value);
    return copy;
  }

  WebClient basic(String user, String password) {
    return header(
        "Authorization",
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  WebClient cookie(String cookie) {
    return header("Cookie", cookie);
  }

  /** The portal's own origin, as a browser on its pages sends it. */
  String origin() {
    return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
  }

  Answer get(String path) {
    return send("GET", path, null, null);
  }

  /** A POST as an HTML form sends it (no CORS preflight in a browser). */
  Answer postForm(String path, String body) {
    return send("POST", path, "application/x-www-form-urlencoded", body);
  }

  Answer postJson(String path, String body) {
    return send("POST", path, "application/json", body);
  }

  Answer putJson(String path, String body) {
    return send("PUT", path, "application/json", body);
  }

  Answer send(String method, String path, String contentType, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request =
        new StringBuilder()
            .append(method)
            .append(' ')
            .append(path)
            .append(" HTTP/1.1\r\n")
            .append("Host: ")
            .append(base.getHost())
            .append(':')
            .append(base.getPort())
            .append("\r\n")
            .append("Connection: close\r\n");
    headers.forEach(
        (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    if (contentType != null) {
      request.append("Content-Type: ").append(contentType).append("\r\n");
    }
    if (body != null || !method.equals("GET")) {
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(sourceAddress), 0));
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return Answer.read(socket.getInputStream());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " from " + sourceAddress + ": " + e, e);
    }
  }

  /** A response: status, headers (names in lower case, every value), body. */
  record Answer(int status, Map<String, List<String>> headers, String body) {

    Optional<String> header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
    }

    List<String> all(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (status " + status + "): " + body, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }

    static Answer read(InputStream in) throws IOException {
      String statusLine = line(in);
      int status = Integer.parseInt(statusLine.split(" ")[1]);
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (String line = line(in); !line.isEmpty(); line = line(in)) {
        int colon = line.indexOf(':');
        headers
            .computeIfAbsent(
                line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(line.substring(colon + 1).strip());
      }
      boolean chunked =
          headers.getOrDefault("transfer-encoding", List.of()).stream()
              .anyMatch(v -> v.equalsIgnoreCase("chunked"));
      byte[] body = chunked ? dechunk(in) : in.readAllBytes();
      return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(InputStream in) throws IOException {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16);
          size > 0;
          size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
        body.write(in.readNBytes(size));
        line(in);
      }
      return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
        if (b != '\r') {
          line.write(b);
        }
      }
      return line.toString(StandardCharsets.ISO_8859_1);
    }
  }
}
