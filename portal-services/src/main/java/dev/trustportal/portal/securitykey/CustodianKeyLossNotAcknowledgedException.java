package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.common.PortalException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The key holds the caller's root keys as a custodian, and without it fewer custodians than the
 * threshold remain in some organisation; the caller did not say they accept that.
 */
public final class CustodianKeyLossNotAcknowledgedException extends PortalException {

  private static final long serialVersionUID = 1L;

  CustodianKeyLossNotAcknowledgedException(String keyName, List<CustodianKeyLoss> losses) {
    super(
        "custodians_below_threshold",
        "Security key '"
            + keyName
            + "' is your custodian key: the root keys you hold are opened by it alone. Without it"
            + " fewer custodians than the threshold remain in "
            + words(losses)
            + ", whose repositories in OWNERS custody could then no longer rotate their roots;"
            + " only the support desk's trust reset makes new ones. Nothing was changed. To"
            + " remove it anyway, repeat the request with acknowledgeCustodianLoss=true.",
        keyName,
        words(losses));
  }

  @Override
  public String messageKey() {
    return "error.custodians_below_threshold.key";
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }

  static String words(List<CustodianKeyLoss> losses) {
    return losses.stream().map(CustodianKeyLoss::toString).collect(Collectors.joining(", "));
  }
}
