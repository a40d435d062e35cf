package dev.trustportal.portal.support;

import java.time.Instant;
import java.util.List;

/**
 * What consumers of a repository are told after a trust reset: when, the new root key's ID (as in
 * root.json and as {@code docker trust inspect} shows it), the exact steps to trust the new data,
 * and the tags whose signatures were lost with the old trust data.
 */
public record ResetNotice(
    String gun,
    Instant resetAt,
    String newRootKeyId,
    List<String> consumerSteps,
    List<String> tagsToSignAgain,
    long caseId) {

  public ResetNotice {
    consumerSteps = List.copyOf(consumerSteps);
    tagsToSignAgain = List.copyOf(tagsToSignAgain);
  }

  /** The consumer steps, in English, for a GUN and its new root key. */
  public static List<String> consumerSteps(String gun, String newRootKeyId) {
    return List.of(
        PlanLine.of("support.notice.step.remove", gun).english(),
        PlanLine.of("support.notice.step.pull", gun, newRootKeyId).english(),
        PlanLine.of("support.notice.step.error").english());
  }
}
