package dev.trustportal.portal.signer.internal;

import dev.trustportal.portal.signer.SignerLinks;
import dev.trustportal.portal.signer.SignerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Signer links in PostgreSQL (table by Flyway, V15); runs in the caller's transaction. */
@ApplicationScoped
class JpaSignerLinks implements SignerLinks {

  private static final String PUBLISHED =
      " and exists (select 1 from change_request c where c.id = l.change_id and c.state ="
          + " 'PUBLISHED')";

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public void link(String gun, SignerName signer, String username, long changeId) {
    em.createNativeQuery(
            "insert into signer_link (gun, signer_name, username, change_id) values (?1, ?2, ?3,"
                + " ?4) on conflict (gun, signer_name) do update set username = excluded.username,"
                + " change_id = excluded.change_id")
        .setParameter(1, gun)
        .setParameter(2, signer.value())
        .setParameter(3, username)
        .setParameter(4, changeId)
        .executeUpdate();
  }

  @Override
  public void unlink(String gun, SignerName signer) {
    em.createNativeQuery("delete from signer_link where gun = ?1 and signer_name = ?2")
        .setParameter(1, gun)
        .setParameter(2, signer.value())
        .executeUpdate();
  }

  @Override
  public Map<String, String> published(String gun) {
    List<?> rows =
        em.createNativeQuery(
                "select l.signer_name, l.username from signer_link l where l.gun = ?1" + PUBLISHED)
            .setParameter(1, gun)
            .getResultList();
    Map<String, String> links = new TreeMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      links.put((String) columns[0], (String) columns[1]);
    }
    return links;
  }

  @Override
  public boolean isPublishedSigner(String gun, String username) {
    return !em.createNativeQuery(
            "select 1 from signer_link l where l.gun = ?1 and l.username = ?2" + PUBLISHED)
        .setParameter(1, gun)
        .setParameter(2, username)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
