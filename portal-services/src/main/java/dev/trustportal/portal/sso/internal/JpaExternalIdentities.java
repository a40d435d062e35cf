package dev.trustportal.portal.sso.internal;

import dev.trustportal.portal.sso.ExternalIdentities;
import dev.trustportal.portal.sso.ExternalIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Links to the provider's subjects in PostgreSQL; runs in the transaction of the calling service.
 */
@ApplicationScoped
class JpaExternalIdentities implements ExternalIdentities {

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public Optional<ExternalIdentity> find(String issuer, String subject) {
    return em.createQuery(
            "select e from ExternalIdentity e where e.issuer = :issuer and e.subject = :subject",
            ExternalIdentity.class)
        .setParameter("issuer", issuer)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(ExternalIdentity identity) {
    em.persist(identity);
    em.flush();
  }
}
