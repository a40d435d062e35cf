package dev.trustportal.portal.audit;

/**
 * The verdict on one audit chain.
 *
 * @param ok whether every event's hash and link to its predecessor are intact
 * @param checked how many events were checked, up to and including the first broken one
 * @param firstBrokenEventId the id of the first event whose hash or link does not hold, or {@code
 *     null} when the chain is intact
 */
public record ChainVerification(boolean ok, long checked, Long firstBrokenEventId) {

  public static ChainVerification intact(long checked) {
    return new ChainVerification(true, checked, null);
  }

  public static ChainVerification brokenAt(long checked, long eventId) {
    return new ChainVerification(false, checked, eventId);
  }
}
