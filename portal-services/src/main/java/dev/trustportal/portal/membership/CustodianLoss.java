package dev.trustportal.portal.membership;

/**
 * What taking an owner away costs root custody: the custodians that would be left, fewer than the
 * threshold M of OWNERS custody, so that the organisation's OWNERS repositories could no longer
 * change their roots.
 */
public record CustodianLoss(String username, int custodiansLeft, int threshold) {}
