package dev.trustportal.portal.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The URL a webhook is delivered to: absolute, https (plain http only to a loopback host, and only
 * where the configuration allows loopback, as the test stack's local receiver needs), with a host,
 * without user name or password and without fragment. Where it points is checked separately by
 * {@link Destinations}, at registration and again at every delivery.
 */
public record WebhookUrl(URI value) {

  public static final int MAX_LENGTH = 2048;

  public WebhookUrl {
    if (value == null) {
      throw InvalidWebhookException.notAUrl("");
    }
  }

  /** Parses what an owner typed; {@code loopbackAllowed} is the configuration's flag. */
  public static WebhookUrl parse(String raw, boolean loopbackAllowed) {
    String text = raw == null ? "" : raw.strip();
    URI uri = uri(text);
    if (uri.getRawUserInfo() != null) {
      throw InvalidWebhookException.credentials();
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    boolean plainToLoopback =
        scheme.equals("http") && loopbackAllowed && Destinations.isLoopbackName(uri.getHost());
    if (!scheme.equals("https") && !plainToLoopback) {
      throw InvalidWebhookException.notHttps(text);
    }
    return new WebhookUrl(uri);
  }

  private static URI uri(String text) {
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      throw InvalidWebhookException.notAUrl(text);
    }
    try {
      URI uri = new URI(text);
      if (!uri.isAbsolute()
          || uri.isOpaque()
          || uri.getHost() == null
          || uri.getRawFragment() != null) {
        throw InvalidWebhookException.notAUrl(text);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw InvalidWebhookException.notAUrl(text);
    }
  }

  public String host() {
    return value.getHost();
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
