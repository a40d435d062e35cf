package dev.trustportal.portal.custody.internal;

import dev.trustportal.portal.custody.KeystoreUnavailableException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Where the key-encryption key lives on a PKCS#11 token, read from {@code portal.custody.pkcs11.*}:
 * {@code library} (the module, e.g. /usr/lib/softhsm/libsofthsm2.so), the token by {@code slot}
 * (slot ID) or {@code slot-list-index} (default 0), {@code pin} or {@code pin-file}, and {@code
 * key-label} (default {@value #DEFAULT_KEY_LABEL}).
 */
record Pkcs11Settings(
    String library,
    OptionalLong slot,
    OptionalLong slotListIndex,
    Optional<String> pin,
    Optional<String> pinFile,
    String keyLabel) {

  static final String PREFIX = "portal.custody.pkcs11.";
  static final String DEFAULT_KEY_LABEL = "portal-kek";

  Pkcs11Settings {
    if (library == null || library.isBlank()) {
      throw invalid("set " + PREFIX + "library to the PKCS#11 module of the token");
    }
    if (slot.isPresent() && slotListIndex.isPresent()) {
      throw invalid("set " + PREFIX + "slot or " + PREFIX + "slot-list-index, not both");
    }
    if (pin.isPresent() == pinFile.isPresent()) {
      throw invalid("set exactly one of " + PREFIX + "pin and " + PREFIX + "pin-file");
    }
    // The label goes into the provider configuration's attribute syntax and into CKA_LABEL.
    if (!keyLabel.matches("[A-Za-z0-9._-]{1,64}")) {
      throw invalid(PREFIX + "key-label must be 1 to 64 letters, digits, '.', '_' or '-'");
    }
  }

  /**
   * Reads the settings from a config lookup such as MicroProfile Config's {@code getOptionalValue}.
   */
  static Pkcs11Settings from(Function<String, Optional<String>> config) {
    return new Pkcs11Settings(
        config.apply(PREFIX + "library").orElse(null),
        number(config, "slot"),
        number(config, "slot-list-index"),
        config.apply(PREFIX + "pin"),
        config.apply(PREFIX + "pin-file"),
        config.apply(PREFIX + "key-label").orElse(DEFAULT_KEY_LABEL));
  }

  /**
   * The SunPKCS11 configuration. Generated AES keys are sensitive and not extractable, so once in
   * the token they can be used but never read (PKCS#11 v2.40 §4.9: neither attribute can be turned
   * off).
   */
  String providerConfig() {
    StringBuilder config =
        new StringBuilder()
            .append("name = TrustPortalCustody\n")
            .append("library = ")
            .append(library)
            .append('\n');
    slot.ifPresent(s -> config.append("slot = ").append(s).append('\n'));
    slotListIndex.ifPresent(i -> config.append("slotListIndex = ").append(i).append('\n'));
    return config
        .append("attributes(generate, CKO_SECRET_KEY, CKK_AES) = {\n")
        .append("  CKA_SENSITIVE = true\n")
        .append("  CKA_EXTRACTABLE = false\n")
        .append("  CKA_ENCRYPT = true\n")
        .append("  CKA_DECRYPT = true\n")
        .append("}\n")
        .toString();
  }

  String keystoreName() {
    return "pkcs11:" + library;
  }

  private static OptionalLong number(Function<String, Optional<String>> config, String key) {
    Optional<String> value = config.apply(PREFIX + key);
    try {
      return value.map(v -> OptionalLong.of(Long.parseLong(v.trim()))).orElse(OptionalLong.empty());
    } catch (NumberFormatException e) {
      throw invalid(PREFIX + key + " must be a number, not '" + value.get() + "'");
    }
  }

  private static KeystoreUnavailableException invalid(String message) {
    return new KeystoreUnavailableException("pkcs11", message);
  }
}
