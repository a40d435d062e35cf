package dev.trustportal.portal.approval;

import dev.trustportal.portal.securitykey.KeyUse;
import java.util.List;

/**
 * One kind of approvable subject, plugged into {@link ApprovalService} by its feature as a CDI
 * bean: how to find one as the caller may see it, who may approve it now, what its quorum is and
 * what happens when it is approved or rejected. Each method throws the feature's own refusals (not
 * found, not pending, already approved, not allowed), so that callers keep their codes and
 * messages.
 */
public interface ApprovalSubjects {

  SubjectKind kind();

  /** The types of subject of this kind whose quorum the policy sets (none for some kinds). */
  List<? extends ApprovableType> types();

  /** The subject if the caller may see it. */
  Approvable find(SubjectRef ref);

  /** The subject, locked for the caller's transaction, if the caller may approve it now. */
  Approvable approvable(SubjectRef ref);

  /**
   * Counts the caller's approval, whose assertion by {@code key} over the digest has been verified,
   * and records it in the audit chain; at the quorum, does what approval means for the subject.
   */
  Tally count(SubjectRef ref, KeyUse key);

  /** The caller turns the subject down with a reason (not blank); it will not be carried out. */
  void reject(SubjectRef ref, String reason);
}
