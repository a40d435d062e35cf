package dev.trustportal.portal.expiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The radar's configuration: {@code portal.expiry.warning} ({@code PORTAL_EXPIRY_WARNING}, P30D),
 * how far ahead a role's expiry is announced and shown; {@code portal.expiry.batch} (20), how many
 * repositories one tick (every 10 s) reads, which paces the radar at 172,800 repositories a day at
 * most; {@code portal.expiry.recheck} (PT6H), how long a repository rests after it was read.
 */
@ApplicationScoped
public class ExpirySettings {

  @Inject
  @ConfigProperty(name = "portal.expiry.warning", defaultValue = "P30D")
  String warning;

  @Inject
  @ConfigProperty(name = "portal.expiry.batch", defaultValue = "20")
  int batch;

  @Inject
  @ConfigProperty(name = "portal.expiry.recheck", defaultValue = "PT6H")
  Duration recheck;

  @Inject
  @ConfigProperty(name = "portal.resign.before", defaultValue = "P90D")
  Duration resignBefore;

  @Inject
  @ConfigProperty(name = "portal.watch.feed-records", defaultValue = "500")
  int feedRecords;

  /**
   * @throws IllegalArgumentException for a setting that is no positive ISO-8601 duration, saying
   *     what is expected
   */
  public ExpiryWindow window() {
    return ExpiryWindow.parse(warning);
  }

  public int batch() {
    return Math.max(1, batch);
  }

  /**
   * How long before it expires the portal re-signs a role it holds the key of ({@code
   * portal.resign.before}, {@code PORTAL_RESIGN_BEFORE}, P90D).
   */
  public Duration resignBefore() {
    return resignBefore;
  }

  /** Changefeed records read per tick ({@code portal.watch.feed-records}, 500). */
  public int feedRecords() {
    return Math.max(1, feedRecords);
  }

  public Duration recheck() {
    return recheck;
  }
}
