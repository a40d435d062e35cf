package dev.trustportal.portal.support;

import java.util.List;

/**
 * A repository of any organisation, found by the support desk, with what is wrong with its trust
 * data and how many of its support cases are still open (awaiting approval, approved or being
 * carried out).
 */
public record RepositoryHealth(
    String organisation,
    String repository,
    String gun,
    List<HealthFinding> findings,
    long openCases) {

  public RepositoryHealth {
    findings = List.copyOf(findings);
  }

  public RepositoryHealth(
      String organisation, String repository, String gun, List<HealthFinding> findings) {
    this(organisation, repository, gun, findings, 0);
  }

  public RepositoryHealth withOpenCases(long count) {
    return new RepositoryHealth(organisation, repository, gun, findings, count);
  }

  /**
   * Whether the desk offers to open a case: not while one is open, which the agent should carry on
   * instead (two cases planned from the same trust data would undo each other).
   */
  public boolean offersNewCase() {
    return openCases == 0;
  }

  /**
   * Nothing found: notary-server answered, everything verified, nothing expires soon, keys match.
   */
  public boolean healthy() {
    return findings.isEmpty();
  }
}
