package dev.trustportal.portal.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The events operators count, recorded where they happen: a change published (with the time since
 * it was filed), a publish attempt that failed (by the kind of failure, never its free text, so
 * that the number of series stays small), a refused sign-in (by channel).
 */
@ApplicationScoped
public class PortalMetrics {

  static final String FILED_TO_PUBLISHED = "change_filed_to_published";
  static final String PUBLISH_FAILURES = "change_publish_failures";
  static final String SIGN_IN_FAILURES = "sign_in_failures";

  private static final Metadata FILED_TO_PUBLISHED_METADATA =
      Metadata.builder()
          .withName(FILED_TO_PUBLISHED)
          .withDescription("Time from a change's filing to its publication on notary-server")
          // A timer's recorded unit: Payara then exports every figure in seconds.
          .withUnit(MetricUnits.NANOSECONDS)
          .build();
  private static final Metadata PUBLISH_FAILURES_METADATA =
      Metadata.builder()
          .withName(PUBLISH_FAILURES)
          .withDescription(
              "Publish attempts that failed: outcome=retried (tried again later) or failed (final),"
                  + " reason=the kind of failure")
          .build();
  private static final Metadata SIGN_IN_FAILURES_METADATA =
      Metadata.builder()
          .withName(SIGN_IN_FAILURES)
          .withDescription("Refused sign-ins by channel (sign-in form, HTTP Basic, API token, SSO)")
          .build();

  private final MetricRegistry registry;

  @Inject
  PortalMetrics(MetricRegistry registry) {
    this.registry = registry;
  }

  /** For the CDI client proxy only. */
  protected PortalMetrics() {
    this(null);
  }

  /** A change reached PUBLISHED this long after it was filed. */
  public void published(Duration sinceFiling) {
    // A timer, not a histogram: Payara exports a histogram's sum unscaled but its quantiles in the
    // base unit (seconds); a timer's figures all come out in seconds.
    registry
        .timer(FILED_TO_PUBLISHED_METADATA)
        .update(sinceFiling.isNegative() ? Duration.ZERO : sinceFiling);
  }

  /** A publish attempt failed; {@code finalFailure} when the change is FAILED for good. */
  public void publishFailed(Class<? extends Throwable> kind, boolean finalFailure) {
    registry
        .counter(
            PUBLISH_FAILURES_METADATA,
            new Tag("outcome", finalFailure ? "failed" : "retried"),
            new Tag("reason", kind.getSimpleName()))
        .inc();
  }

  /** A sign-in was refused. */
  public void signInFailed(String channel) {
    registry.counter(SIGN_IN_FAILURES_METADATA, new Tag("channel", channel)).inc();
  }
}
