package dev.trustportal.portal.support;

import java.util.List;

/** A repository of any organisation, found by the support desk, with what is wrong with its trust data. */
public record RepositoryHealth(String organisation, String repository, String gun, List<HealthFinding> findings) {

  public RepositoryHealth {
    findings = List.copyOf(findings);
  }

  /** Nothing found: notary-server answered, everything verified, nothing expires soon, keys match. */
  public boolean healthy() {
    return findings.isEmpty();
  }
}
