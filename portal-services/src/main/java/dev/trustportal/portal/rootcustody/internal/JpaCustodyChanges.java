package dev.trustportal.portal.rootcustody.internal;

import dev.trustportal.portal.common.internal.UniqueViolation;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.rootcustody.CustodyChange;
import dev.trustportal.portal.rootcustody.CustodyChangeAlreadyApprovedException;
import dev.trustportal.portal.rootcustody.CustodyChangeState;
import dev.trustportal.portal.rootcustody.CustodyChanges;
import dev.trustportal.portal.rootcustody.CustodyMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Root custody and its changes in PostgreSQL (V45), with native queries into records. */
@ApplicationScoped
class JpaCustodyChanges implements CustodyChanges {

  private static final String COLUMNS =
      "select c.id, o.name, c.mode, c.threshold, c.state, c.requested_by,"
          + " c.filed_at, c.digest, c.approvals_needed, c.reason from custody_change c"
          + " join organisation o on o.id = c.organisation_id";

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public CustodySetting setting(Organisation organisation) {
    List<?> rows =
        em.createNativeQuery(
                "select mode, threshold from root_custody where organisation_id ="
                    + " (select id from organisation where name = ?1)")
            .setParameter(1, name(organisation))
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(
            r -> new CustodySetting(CustodyMode.valueOf((String) r[0]), ((Number) r[1]).intValue()))
        .findFirst()
        .orElse(new CustodySetting(CustodyMode.SERVER, 1));
  }

  @Override
  public void apply(Organisation organisation, CustodyMode mode, int threshold, Instant at) {
    em.createNativeQuery(
            "insert into root_custody (organisation_id, mode, threshold, changed_at) values"
                + " ((select id from organisation where name = ?1), ?2, ?3, ?4) on conflict"
                + " (organisation_id) do update set mode = excluded.mode, threshold ="
                + " excluded.threshold, changed_at = excluded.changed_at")
        .setParameter(1, name(organisation))
        .setParameter(2, mode.name())
        .setParameter(3, threshold)
        .setParameter(4, at)
        .executeUpdate();
  }

  @Override
  public long file(
      Organisation organisation,
      CustodyMode mode,
      int threshold,
      String requestedBy,
      Instant at,
      String digest,
      int approvalsNeeded) {
    long id =
        ((Number) em.createNativeQuery("select nextval('custody_change_id_seq')").getSingleResult())
            .longValue();
    em.createNativeQuery(
            "insert into custody_change (id, organisation_id, mode, threshold, requested_by,"
                + " filed_at, digest, approvals_needed, state) values (?1, (select id from"
                + " organisation where name = ?2), ?3, ?4, ?5, ?6, ?7, ?8, 'FILED')")
        .setParameter(1, id)
        .setParameter(2, name(organisation))
        .setParameter(3, mode.name())
        .setParameter(4, threshold)
        .setParameter(5, requestedBy)
        .setParameter(6, at)
        .setParameter(7, digest)
        .setParameter(8, approvalsNeeded)
        .executeUpdate();
    return id;
  }

  @Override
  public Optional<CustodyChange> find(long id, boolean lock) {
    List<?> rows =
        em.createNativeQuery(COLUMNS + " where c.id = ?1" + (lock ? " for update of c" : ""))
            .setParameter(1, id)
            .getResultList();
    return rows.stream().map(row -> change((Object[]) row)).findFirst();
  }

  @Override
  public List<CustodyChange> pending(Organisation organisation) {
    List<?> rows =
        em.createNativeQuery(COLUMNS + " where o.name = ?1 and c.state = 'FILED' order by c.id")
            .setParameter(1, name(organisation))
            .getResultList();
    return rows.stream().map(row -> change((Object[]) row)).toList();
  }

  @Override
  public void storeApproval(long id, String username, long securityKeyId, Instant at) {
    try {
      em.createNativeQuery(
              "insert into custody_change_approval (custody_change_id, username, security_key_id,"
                  + " approved_at) values (?1, ?2, ?3, ?4)")
          .setParameter(1, id)
          .setParameter(2, username)
          .setParameter(3, securityKeyId)
          .setParameter(4, at)
          .executeUpdate();
    } catch (PersistenceException e) {
      if (UniqueViolation.isCausedBy(e)) {
        throw new CustodyChangeAlreadyApprovedException(id, username);
      }
      throw e;
    }
  }

  @Override
  public void decide(long id, CustodyChangeState state, Instant at, String reason) {
    em.createNativeQuery(
            "update custody_change set state = ?2, decided_at = ?3, reason = ?4 where id = ?1")
        .setParameter(1, id)
        .setParameter(2, state.name())
        .setParameter(3, at)
        .setParameter(4, reason)
        .executeUpdate();
  }

  @Override
  public List<String> owners(Organisation organisation) {
    return em.createNativeQuery(
            "select username from membership where role = 'OWNER' and organisation_id ="
                + " (select id from organisation where name = ?1) order by username",
            String.class)
        .setParameter(1, name(organisation))
        .getResultList();
  }

  private CustodyChange change(Object[] r) {
    long id = ((Number) r[0]).longValue();
    List<String> approvers =
        em.createNativeQuery(
                "select username from custody_change_approval where"
                    + " custody_change_id = ?1 order by approved_at",
                String.class)
            .setParameter(1, id)
            .getResultList();
    return new CustodyChange(
        id,
        (String) r[1],
        CustodyMode.valueOf((String) r[2]),
        ((Number) r[3]).intValue(),
        CustodyChangeState.valueOf((String) r[4]),
        (String) r[5],
        instant(r[6]),
        (String) r[7],
        ((Number) r[8]).intValue(),
        approvers,
        Optional.ofNullable((String) r[9]));
  }

  static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((java.sql.Timestamp) value).toInstant();
  }

  private static String name(Organisation organisation) {
    return organisation.name().value();
  }
}
