package dev.trustportal.portal.change;

import dev.trustportal.portal.repository.RepositoryService;
import dev.trustportal.portal.repository.TagImpacts;
import dev.trustportal.portal.repository.TrustDetails;
import dev.trustportal.portal.repository.TrustEffect;
import dev.trustportal.portal.signer.SignerName;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/**
 * The dry runs of removing a signer or one of its keys: the checks of filing (the caller's role
 * included) and the impact on the tags, by the rule the threshold's dry run and the trust page use
 * ({@link TagImpacts}); nothing is filed.
 */
@Stateless
@PermitAll
public class ChangeImpacts {

  @EJB ChangeService changes;
  @EJB RepositoryService repositories;

  public ChangeImpact ofRemovingSigner(String organisation, String repository, String signer) {
    return impact(organisation, repository, new TrustChange.RemoveSigner(new SignerName(signer)));
  }

  public ChangeImpact ofRemovingKey(
      String organisation, String repository, String signer, String keyId) {
    return impact(
        organisation,
        repository,
        new TrustChange.RemoveSignerKey(new SignerName(signer), ChangeInputs.keyId(keyId)));
  }

  private ChangeImpact impact(String organisation, String repository, TrustChange change) {
    TrustEffect effect = changes.preview(organisation, repository, change);
    TrustDetails trust = repositories.trust(organisation, repository);
    return new ChangeImpact(
        change.summary(),
        TagImpacts.stopVerifying(trust, effect),
        TagImpacts.resigning(trust, effect),
        TagImpacts.orphaned(trust, effect));
  }
}
