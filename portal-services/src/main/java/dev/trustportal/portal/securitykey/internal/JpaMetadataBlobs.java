package dev.trustportal.portal.securitykey.internal;

import dev.trustportal.portal.securitykey.MetadataBlobs;
import dev.trustportal.portal.securitykey.StoredMetadataBlob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The uploaded FIDO metadata blob in PostgreSQL; runs in the caller's transaction. */
@ApplicationScoped
class JpaMetadataBlobs implements MetadataBlobs {

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public Optional<StoredMetadataBlob> find() {
    return Optional.ofNullable(em.find(StoredMetadataBlob.class, (short) 1));
  }

  @Override
  public Optional<Long> serial() {
    return em.createQuery("select b.serial from StoredMetadataBlob b", Long.class)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(StoredMetadataBlob blob) {
    em.persist(blob);
    em.flush();
  }
}
