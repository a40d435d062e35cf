package dev.trustportal.portal.change;

import java.util.List;

/**
 * What a new threshold of a role would do, before anything is filed: the tags that verify now from
 * the role and would stop verifying for a fresh client, as fewer of their signers' signatures are
 * valid than the new threshold asks for.
 */
public record ThresholdImpact(
    String role, int currentThreshold, int threshold, List<String> tagsThatWouldStopVerifying) {

  public ThresholdImpact {
    tagsThatWouldStopVerifying = List.copyOf(tagsThatWouldStopVerifying);
  }
}
