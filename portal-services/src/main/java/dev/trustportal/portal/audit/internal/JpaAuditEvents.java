package dev.trustportal.portal.audit.internal;

import dev.trustportal.portal.audit.AuditEntry;
import dev.trustportal.portal.audit.AuditEvent;
import dev.trustportal.portal.audit.AuditEvents;
import dev.trustportal.portal.audit.AuditFilter;
import dev.trustportal.portal.audit.HashChain;
import dev.trustportal.portal.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Audit events in PostgreSQL through JPA; runs in the transaction of the calling service. */
@ApplicationScoped
class JpaAuditEvents implements AuditEvents {

  private static final String EVENTS = "select e from AuditEvent e where ";
  // Read models, not entities: an export of a long chain leaves nothing in the persistence context.
  private static final String ENTRIES =
      "select new dev.trustportal.portal.audit.AuditEntry(e.id, e.organisation, e.actor, e.action,"
          + " e.target, e.outcome, e.detail, e.occurredAt, e.previousHash, e.hash)"
          + " from AuditEvent e where ";

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public void lockChain(String organisation) {
    // pg_advisory_xact_lock returns void, which JPA cannot read; count(*) turns it into a number.
    em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) as locked")
        .setParameter(1, HashChain.lockKey(organisation))
        .getSingleResult();
  }

  @Override
  public long nextId() {
    return ((Number) em.createNativeQuery("select nextval('audit_event_seq')").getSingleResult())
        .longValue();
  }

  @Override
  public Optional<AuditEvent> last(String organisation) {
    return query(organisation, EVENTS, "", " order by e.id desc", AuditEvent.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(AuditEvent event) {
    em.persist(event);
    em.flush();
  }

  @Override
  public List<AuditEvent> page(String organisation, PageRequest request) {
    return query(organisation, EVENTS, "", " order by e.id desc", AuditEvent.class)
        .setFirstResult(request.offset())
        .setMaxResults(request.size())
        .getResultList();
  }

  @Override
  public long count(String organisation) {
    return query(organisation, "select count(e) from AuditEvent e where ", "", "", Long.class)
        .getSingleResult();
  }

  @Override
  public List<AuditEvent> after(String organisation, long afterId, int limit) {
    return query(organisation, EVENTS, " and e.id > :afterId", " order by e.id", AuditEvent.class)
        .setParameter("afterId", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<AuditEntry> search(
      String organisation, AuditFilter filter, long belowId, int offset, int limit) {
    Where where = Where.of(filter);
    TypedQuery<AuditEntry> query =
        query(
            organisation,
            ENTRIES,
            where.jpql() + " and e.id < :belowId",
            " order by e.id desc",
            AuditEntry.class);
    where.bind(query);
    return query
        .setParameter("belowId", belowId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<String> actions(String organisation) {
    return query(
            organisation,
            "select distinct e.action from AuditEvent e where ",
            "",
            " order by e.action",
            String.class)
        .getResultList();
  }

  @Override
  public long count(String organisation, AuditFilter filter) {
    Where where = Where.of(filter);
    TypedQuery<Long> query =
        query(
            organisation, "select count(e) from AuditEvent e where ", where.jpql(), "", Long.class);
    where.bind(query);
    return query.getSingleResult();
  }

  /** A query restricted to one chain; the platform chain is the rows without organisation. */
  private <T> TypedQuery<T> query(
      String organisation, String select, String and, String orderBy, Class<T> type) {
    // "= :organisation" with null would match nothing, so the platform chain gets "is null".
    String chain =
        organisation == null ? "e.organisation is null" : "e.organisation = :organisation";
    TypedQuery<T> query = em.createQuery(select + chain + and + orderBy, type);
    return organisation == null ? query : query.setParameter("organisation", organisation);
  }
}
