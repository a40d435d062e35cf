package dev.trustportal.portal.securitykey;

import java.time.Instant;
import java.util.Objects;

/** Another owner of an organisation confirmed a key there with a touch of their own key. */
public record KeyConfirmation(String confirmedBy, Instant confirmedAt) {

  public KeyConfirmation {
    Objects.requireNonNull(confirmedBy, "confirmedBy");
    Objects.requireNonNull(confirmedAt, "confirmedAt");
  }
}
