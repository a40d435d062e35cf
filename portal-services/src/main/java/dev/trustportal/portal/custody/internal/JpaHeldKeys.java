package dev.trustportal.portal.custody.internal;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.portal.custody.HeldKey;
import dev.trustportal.portal.custody.HeldKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Held keys in PostgreSQL through JPA; runs in the transaction of the calling bean. */
@ApplicationScoped
class JpaHeldKeys implements HeldKeys {

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public void store(HeldKey key) {
    em.persist(key);
  }

  @Override
  public List<HeldKey> find(Gun gun, RoleName role) {
    return em.createQuery(
            "select k from HeldKey k where k.gun = :gun and k.role = :role order by k.createdAt,"
                + " k.id",
            HeldKey.class)
        .setParameter("gun", gun.value())
        .setParameter("role", role.value())
        .getResultList();
  }

  @Override
  public List<HeldKey> findByKeyId(KeyId keyId) {
    return em.createQuery(
            "select k from HeldKey k where k.keyId = :keyId order by k.createdAt, k.id",
            HeldKey.class)
        .setParameter("keyId", keyId.value())
        .getResultList();
  }

  @Override
  public int delete(Gun gun, RoleName role) {
    return em.createQuery("delete from HeldKey k where k.gun = :gun and k.role = :role")
        .setParameter("gun", gun.value())
        .setParameter("role", role.value())
        .executeUpdate();
  }
}
