package dev.trustportal.api.change;

import dev.trustportal.portal.change.ThresholdImpact;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of a threshold change's dry run: nothing was filed. */
@Schema(
    example =
        "{\"role\": \"targets/releases\", \"currentThreshold\": 1, \"threshold\": 2,"
            + " \"tagsThatWouldStopVerifying\": [\"v1\"], \"filed\": false}")
public record ThresholdImpactJson(
    String role,
    int currentThreshold,
    int threshold,
    List<String> tagsThatWouldStopVerifying,
    boolean filed) {

  static ThresholdImpactJson of(ThresholdImpact impact) {
    return new ThresholdImpactJson(
        impact.role(),
        impact.currentThreshold(),
        impact.threshold(),
        impact.tagsThatWouldStopVerifying(),
        false);
  }
}
