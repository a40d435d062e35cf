package dev.trustportal.portal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends one delivery: a POST of the JSON body with its signature and event headers. Redirects are
 * not followed (a receiver could otherwise bounce the portal to an internal address), and the host
 * is checked against {@link Destinations} again before each attempt, since what a name resolves to
 * may have changed since registration.
 */
@ApplicationScoped
public class WebhookSender {

  public static final String EVENT_HEADER = "X-Trust-Portal-Event";
  public static final String EVENT_ID_HEADER = "X-Trust-Portal-Event-Id";
  private static final Duration CONNECT = Duration.ofSeconds(5);
  private static final Duration ANSWER = Duration.ofSeconds(10);

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  // Field injection: the class needs a no-argument constructor for its client proxy.
  @Inject WebhookSettings settings;

  public DeliveryResult send(PendingDelivery delivery, String secret) {
    byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
    try {
      WebhookUrl url = WebhookUrl.parse(delivery.url(), settings.loopbackAllowed());
      Destinations.check(url, Destinations.DNS, settings.loopbackAllowed());
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(delivery.url()))
              .timeout(ANSWER)
              .header("Content-Type", "application/json")
              .header("User-Agent", "Trust-Portal-Webhooks/1")
              .header(EVENT_HEADER, delivery.eventType())
              .header(EVENT_ID_HEADER, delivery.eventId())
              .header(WebhookSignature.HEADER, WebhookSignature.sign(secret, body))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();
      return DeliveryResult.answered(
          CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
    } catch (InvalidWebhookException refused) {
      return DeliveryResult.unreachable(refused.getMessage());
    } catch (IOException e) {
      return DeliveryResult.unreachable(
          "The receiver could not be reached: " + e.getClass().getSimpleName() + message(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DeliveryResult.unreachable("The attempt was interrupted.");
    }
  }

  private static String message(IOException e) {
    return e.getMessage() == null ? "." : " (" + e.getMessage() + ").";
  }
}
