package dev.trustportal.portal.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The persistence gateway of API tokens. */
public interface ApiTokens {

  /** The most tokens one list shows: people and robots hold a handful each. */
  int MAX_LISTED = 200;

  /** Stores a new token and flushes it, so that its ID is known. */
  void store(ApiToken token);

  Optional<ApiToken> find(long id);

  /** The person's tokens that are not revoked, newest first. */
  List<ApiToken> personal(String username);

  /** The organisation's robot tokens that are not revoked, newest first. */
  List<ApiToken> robots(String organisation);

  /**
   * Sets the last use to {@code now} unless it is after {@code notBefore}: one conditional update,
   * so that a token used many times a minute is written at most once a minute.
   */
  void touch(long id, Instant now, Instant notBefore);
}
