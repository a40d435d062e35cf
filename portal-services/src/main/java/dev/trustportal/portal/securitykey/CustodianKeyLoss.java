package dev.trustportal.portal.securitykey;

/**
 * Removing a custodian key would leave {@code custodiansLeft} custodians in the organisation, fewer
 * than the {@code threshold} that must sign a root.
 */
public record CustodianKeyLoss(String organisation, int custodiansLeft, int threshold) {

  @Override
  public String toString() {
    return organisation + " (" + custodiansLeft + " custodians left, " + threshold + " must sign)";
  }
}
