package dev.trustportal.notary.server;

/**
 * One record of notary-server's changefeed: a GUN whose trust data changed ({@code update}, a new
 * timestamp) or was deleted ({@code deletion}), with the feed's increasing ID.
 */
public record FeedChange(long id, String gun, int version, String category) {

  public boolean deletion() {
    return "deletion".equals(category);
  }
}
