package dev.trustportal.portal.approval;

import java.util.Collection;
import java.util.Optional;

/**
 * Who must approve a subject: optionally one named person (the support agent who opened a case),
 * and {@code others} further people, each counting once. A change needs {@code others} owners; a
 * support case its agent and at least one other.
 */
public record Quorum(Optional<String> required, int others) {

  public Quorum {
    if (others < 0) {
      throw new IllegalArgumentException("a quorum cannot need fewer than no one");
    }
  }

  /** {@code n} people, any of those allowed to approve. */
  public static Quorum of(int n) {
    return new Quorum(Optional.empty(), n);
  }

  /** {@code person} and {@code others} more. */
  public static Quorum personAnd(String person, int others) {
    return new Quorum(Optional.of(person), others);
  }

  /** Counts distinct approvers: the required person once, the others up to the number needed. */
  public Tally tally(Collection<String> approvers) {
    int person = required.filter(approvers::contains).isPresent() ? 1 : 0;
    long more =
        approvers.stream()
            .distinct()
            .filter(a -> required.map(r -> !r.equals(a)).orElse(true))
            .count();
    return new Tally(
        person + (int) Math.min(others, more), (required.isPresent() ? 1 : 0) + others);
  }
}
