package dev.trustportal.notary.tuf;

/**
 * A globally unique name (GUN) of a trusted collection, e.g. {@code registry.example.com/acme/api}.
 */
public record Gun(String value) {
  public Gun {
    if (value == null || value.isBlank() || value.length() > 255) {
      throw new IllegalArgumentException("GUN must be 1 to 255 characters: " + value);
    }
    // notary's server stores the GUN in a varchar(255) and routes on "/v2/<gun>/_trust".
    if (value.chars().anyMatch(c -> c < 0x21 || c == 0x7f) || value.startsWith("/")) {
      throw new IllegalArgumentException(
          "GUN must not contain spaces or control characters: " + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
