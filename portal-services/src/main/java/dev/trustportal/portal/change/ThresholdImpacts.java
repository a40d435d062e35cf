package dev.trustportal.portal.change;

import dev.trustportal.portal.repository.RepositoryService;
import dev.trustportal.portal.repository.TrustDetails;
import dev.trustportal.portal.repository.TrustWords;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/**
 * The dry run of a threshold change: the checks of filing it (the caller's role included) and its
 * impact on the tags, computed as the trust page's threshold form shows it; nothing is filed.
 */
@Stateless
@PermitAll
public class ThresholdImpacts {

  @EJB ChangeService changes;
  @EJB RepositoryService repositories;

  public ThresholdImpact of(String organisation, String repository, String role, int threshold) {
    String checked = changes.checkThreshold(organisation, repository, role, threshold);
    TrustDetails trust = repositories.trust(organisation, repository);
    return new ThresholdImpact(
        checked,
        TrustWords.threshold(trust, checked),
        threshold,
        TrustWords.tagsThatWouldStopVerifying(trust, checked, threshold));
  }
}
