package dev.trustportal.ui.change;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import dev.trustportal.portal.change.ChangeDetails;
import dev.trustportal.portal.change.ChangeType;
import dev.trustportal.ui.component.ShortKeyId;
import dev.trustportal.ui.component.Times;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A change request in the reader's language: its type, what it does (read from the canonical
 * payload, as the service's summary is English), and how far it got. Error texts from notary-server
 * stay as the server wrote them.
 */
public final class ChangeTexts {

  private ChangeTexts() {}

  public static String type(Component in, ChangeType type) {
    return in.getTranslation("change.type." + type.name());
  }

  /** What the change does; the service's own summary if the payload cannot be read. */
  public static String summary(Component in, ChangeDetails change) {
    try (JsonReader reader = Json.createReader(new StringReader(change.payload()))) {
      return summary(in, change.type(), reader.readObject());
    } catch (RuntimeException unreadable) {
      // A payload of an older or newer shape: the service's summary still says what it does.
      return change.summary();
    }
  }

  private static String summary(Component in, ChangeType type, JsonObject payload) {
    String signer = payload.getString("signer", "");
    return switch (type) {
      case ADD_SIGNER ->
          in.getTranslation(
              "change.summary.add_signer", signer, keyIds(payload.getJsonArray("keys")));
      case REMOVE_SIGNER -> in.getTranslation("change.summary.remove_signer", signer);
      case ADD_SIGNER_KEY ->
          in.getTranslation(
              "change.summary.add_signer_key",
              signer,
              ShortKeyId.of(payload.getJsonObject("key").getString("id")));
      case REMOVE_SIGNER_KEY ->
          in.getTranslation(
              "change.summary.remove_signer_key",
              signer,
              ShortKeyId.of(payload.getString("keyId")));
      case SET_THRESHOLD ->
          in.getTranslation(
              "change.summary.set_threshold",
              payload.getString("role"),
              payload.getInt("threshold"));
      case INITIALISE_REPOSITORY ->
          in.getTranslation("change.summary.initialise_repository", payload.getString("gun"));
      case RESIGN ->
          in.getTranslation(
              "change.summary.resign",
              payload.getString("role"),
              Times.format(java.time.Instant.parse(payload.getString("expires")), locale(in)));
    };
  }

  private static String keyIds(JsonArray keys) {
    return keys.getValuesAs(JsonObject.class).stream()
        .map(key -> ShortKeyId.of(((JsonString) key.get("id")).getString()))
        .collect(Collectors.joining(", "));
  }

  /** Where the change is on its way, with the reason when it stalled, failed or was rejected. */
  public static String progress(Component in, ChangeDetails change) {
    return switch (change.state()) {
      case FILED ->
          in.getTranslation(
              "change.progress.filed", change.approvalsGiven(), change.approvalsNeeded());
      case APPROVED ->
          change.attempts() == 0
              ? in.getTranslation("change.progress.queued")
              : in.getTranslation(
                  "change.progress.retrying",
                  change.attempts(),
                  change.lastError().orElse(""),
                  change.nextAttemptAt().map(at -> Times.format(at, locale(in))).orElse("\u2013"));
      case PUBLISHING -> in.getTranslation("change.progress.publishing", change.attempts());
      case PUBLISHED ->
          change.publishedVersions().isEmpty()
              ? in.getTranslation("change.progress.published")
              : in.getTranslation(
                  "change.progress.published.versions", versions(change.publishedVersions()));
      case REJECTED, FAILED -> change.failure().orElse("");
    };
  }

  /** The locale the component's texts are in (Component.getLocale is not public). */
  private static Locale locale(Component in) {
    return in.getUI()
        .or(() -> Optional.ofNullable(UI.getCurrent()))
        .map(UI::getLocale)
        .orElse(Locale.ENGLISH);
  }

  /** {@code targets v4, snapshot v4}: the role files the publication uploaded. */
  static String versions(Map<String, Integer> versions) {
    return new TreeMap<>(versions)
        .entrySet().stream()
            .map(entry -> entry.getKey() + " v" + entry.getValue())
            .collect(Collectors.joining(", "));
  }
}
