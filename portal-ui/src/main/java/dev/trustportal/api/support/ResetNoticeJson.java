package dev.trustportal.api.support;

import dev.trustportal.portal.support.ResetNotice;
import java.time.Instant;
import java.util.List;

/**
 * A repository's reset notice: when, the new root key ID, what consumers must do, the tags to sign
 * again.
 */
public record ResetNoticeJson(
    String gun,
    Instant resetAt,
    String newRootKeyId,
    List<String> consumerSteps,
    List<String> tagsToSignAgain,
    long caseId) {

  static ResetNoticeJson of(ResetNotice n) {
    return new ResetNoticeJson(
        n.gun(), n.resetAt(), n.newRootKeyId(), n.consumerSteps(), n.tagsToSignAgain(), n.caseId());
  }
}
