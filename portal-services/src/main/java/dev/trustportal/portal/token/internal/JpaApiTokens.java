package dev.trustportal.portal.token.internal;

import dev.trustportal.portal.token.ApiToken;
import dev.trustportal.portal.token.ApiTokens;
import dev.trustportal.portal.token.TokenKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API tokens in PostgreSQL through JPA; runs in the transaction of the calling service. */
@ApplicationScoped
class JpaApiTokens implements ApiTokens {

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public void store(ApiToken token) {
    em.persist(token);
    em.flush();
  }

  @Override
  public Optional<ApiToken> find(long id) {
    return Optional.ofNullable(em.find(ApiToken.class, id));
  }

  @Override
  public List<ApiToken> personal(String username) {
    return em.createQuery(
            "select t from ApiToken t where t.kind = :kind and t.username = :username"
                + " and t.revokedAt is null order by t.id desc",
            ApiToken.class)
        .setParameter("kind", TokenKind.PERSONAL)
        .setParameter("username", username)
        .setMaxResults(MAX_LISTED)
        .getResultList();
  }

  @Override
  public List<ApiToken> robots(String organisation) {
    return em.createQuery(
            "select t from ApiToken t where t.kind = :kind and t.organisation = :org"
                + " and t.revokedAt is null order by t.id desc",
            ApiToken.class)
        .setParameter("kind", TokenKind.ROBOT)
        .setParameter("org", organisation)
        .setMaxResults(MAX_LISTED)
        .getResultList();
  }

  @Override
  public void touch(long id, Instant now, Instant notBefore) {
    em.createQuery(
            "update ApiToken t set t.lastUsedAt = :now where t.id = :id"
                + " and (t.lastUsedAt is null or t.lastUsedAt < :notBefore)")
        .setParameter("now", now)
        .setParameter("id", id)
        .setParameter("notBefore", notBefore)
        .executeUpdate();
  }
}
