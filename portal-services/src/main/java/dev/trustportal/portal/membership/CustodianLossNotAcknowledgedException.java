package dev.trustportal.portal.membership;

import dev.trustportal.portal.common.PortalException;
import java.util.Locale;

/**
 * Removing or demoting a custodian would leave fewer custodians than the threshold of OWNERS
 * custody; the caller did not say they accept that (the members page's dialog warns, the API asks
 * {@code acknowledgeCustodianLoss=true}).
 */
public final class CustodianLossNotAcknowledgedException extends PortalException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  CustodianLossNotAcknowledgedException(CustodianLoss loss, LastOwnerException.Change change) {
    super(
        "custodians_below_threshold",
        "'"
            + loss.username()
            + "' holds root keys as a custodian: without them only "
            + loss.custodiansLeft()
            + " custodians remain, fewer than the "
            + loss.threshold()
            + " that must sign a root. The organisation's repositories in OWNERS custody could then"
            + " no longer rotate their roots; only the support desk's trust reset makes new ones."
            + " Nothing was changed. To "
            + (change == LastOwnerException.Change.REMOVE ? "remove" : "demote")
            + " them anyway, repeat the request with acknowledgeCustodianLoss=true; or enrol"
            + " another owner's security key as custodian key first.",
        loss.username(),
        loss.custodiansLeft(),
        loss.threshold());
    this.messageKey = "error.custodians_below_threshold." + change.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String messageKey() {
    return messageKey;
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
