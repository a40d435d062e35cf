package dev.trustportal.portal.securitykey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The security-key models the portal knows by AAGUID (current YubiKeys, as the FIDO Metadata
 * Service names them): the default allow-list of YUBIKEY_ONLY, and the model shown for a registered
 * key.
 */
public final class KnownModels {

  private static final Map<UUID, String> MODELS = load("yubikey-aaguids.txt");

  private KnownModels() {}

  /** The model's name, empty for an AAGUID the portal does not know. */
  public static Optional<String> name(UUID aaguid) {
    return Optional.ofNullable(MODELS.get(aaguid));
  }

  static Map<UUID, String> all() {
    return MODELS;
  }

  // Lines "<aaguid> <model name>"; '#' starts a comment line.
  private static Map<UUID, String> load(String resource) {
    try (InputStream in = KnownModels.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.split("\\s+", 2))
          .collect(
              Collectors.toUnmodifiableMap(
                  parts -> UUID.fromString(parts[0]),
                  parts -> parts.length > 1 ? parts[1] : parts[0]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
