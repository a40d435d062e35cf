package dev.trustportal.portal.support;

import dev.trustportal.portal.common.PortalException;
import java.time.Instant;

/**
 * A platform admin whose role is younger than the cooling-off period tried to be a break-glass's
 * second person.
 */
public final class SecondPersonCoolingOffException extends PortalException {

  private static final long serialVersionUID = 1L;

  public SecondPersonCoolingOffException(long id, Instant counts) {
    super(
        "cooling_off",
        "Your platform-admin role is too new to approve support case "
            + id
            + " by break-glass:"
            + " it counts as the second person from "
            + counts
            + ". Ask a platform admin of longer standing.",
        id,
        counts.toString());
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
