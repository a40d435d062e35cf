package dev.trustportal.portal.support.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.identity.TokenReach;
import dev.trustportal.portal.repository.Repository;
import dev.trustportal.portal.support.ApprovalCapacity;
import dev.trustportal.portal.support.CaseFilter;
import dev.trustportal.portal.support.CaseState;
import dev.trustportal.portal.support.CaseStep;
import dev.trustportal.portal.support.ResetNotice;
import dev.trustportal.portal.support.SupportCase;
import dev.trustportal.portal.support.SupportCases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Support cases in PostgreSQL; the case through JPA, its approvals, steps and notices as plain
 * rows.
 */
@ApplicationScoped
class JpaSupportCases implements SupportCases {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MEMBER =
      " and exists (select m from Membership m where m.organisation = c.organisation"
          + " and m.username = :member)";

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public void store(SupportCase supportCase) {
    em.persist(supportCase);
    em.flush();
  }

  @Override
  public Optional<SupportCase> find(long id) {
    return Optional.ofNullable(em.find(SupportCase.class, id));
  }

  @Override
  public Optional<SupportCase> lock(long id) {
    return Optional.ofNullable(em.find(SupportCase.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Repository> repositoryOf(String gun) {
    return em.createQuery("select r from Repository r where r.gun = :gun", Repository.class)
        .setParameter("gun", gun)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SupportCase> page(
      CaseFilter filter, String member, TokenReach reach, PageRequest request) {
    return filtered(
            em.createQuery(
                "select c from SupportCase c where 1 = 1"
                    + where(filter, member)
                    + reach.where("c")
                    + " order by c.id desc",
                SupportCase.class),
            filter,
            member,
            reach)
        .setFirstResult(request.offset())
        .setMaxResults(request.size())
        .getResultList();
  }

  @Override
  public Map<String, Long> openCasesByGun(List<String> guns) {
    if (guns.isEmpty()) {
      return Map.of();
    }
    Map<String, Long> open = new LinkedHashMap<>();
    em.createQuery(
            "select c.gun, count(c) from SupportCase c where c.gun in :guns and c.state in :open"
                + " group by c.gun",
            Object[].class)
        .setParameter("guns", guns)
        .setParameter(
            "open",
            EnumSet.of(CaseState.AWAITING_APPROVAL, CaseState.APPROVED, CaseState.EXECUTING))
        .getResultList()
        .forEach(row -> open.put((String) row[0], ((Number) row[1]).longValue()));
    return open;
  }

  @Override
  public long count(CaseFilter filter, String member, TokenReach reach) {
    return filtered(
            em.createQuery(
                "select count(c) from SupportCase c where 1 = 1"
                    + where(filter, member)
                    + reach.where("c"),
                Long.class),
            filter,
            member,
            reach)
        .getSingleResult();
  }

  private static String where(CaseFilter filter, String member) {
    return (filter.state() == null ? "" : " and c.state = :state")
        + (filter.gunPart().isEmpty() ? "" : " and locate(:gunPart, c.gun) > 0")
        + (member == null ? "" : MEMBER);
  }

  private static <T> TypedQuery<T> filtered(
      TypedQuery<T> query, CaseFilter filter, String member, TokenReach reach) {
    if (filter.state() != null) {
      query.setParameter("state", filter.state());
    }
    if (!filter.gunPart().isEmpty()) {
      query.setParameter("gunPart", filter.gunPart());
    }
    if (member != null) {
      query.setParameter("member", member);
    }
    return reach.bind(query);
  }

  @Override
  public Map<String, ApprovalCapacity> approvals(long caseId) {
    Map<String, ApprovalCapacity> given = new LinkedHashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select username, capacity from support_case_approval where case_id = ?1"
                    + " order by id")
            .setParameter(1, caseId)
            .getResultList()) {
      Object[] cells = (Object[]) row;
      given.put((String) cells[0], ApprovalCapacity.valueOf((String) cells[1]));
    }
    return given;
  }

  @Override
  public void storeApproval(
      long caseId, String username, ApprovalCapacity capacity, long securityKeyId, Instant at) {
    em.createNativeQuery(
            "insert into support_case_approval (case_id, username, capacity, security_key_id,"
                + " approved_at) values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, caseId)
        .setParameter(2, username)
        .setParameter(3, capacity.name())
        .setParameter(4, securityKeyId)
        .setParameter(5, at)
        .executeUpdate();
  }

  @Override
  public Set<CaseStep> completedSteps(long caseId) {
    Set<CaseStep> steps = EnumSet.noneOf(CaseStep.class);
    em.createNativeQuery("select step from support_case_step where case_id = ?1")
        .setParameter(1, caseId)
        .getResultList()
        .forEach(s -> steps.add(CaseStep.valueOf((String) s)));
    return steps;
  }

  @Override
  public void storeCompletedStep(long caseId, CaseStep step, String detail, Instant at) {
    em.createNativeQuery(
            "insert into support_case_step (case_id, step, completed_at, detail) values (?1, ?2,"
                + " ?3, ?4)")
        .setParameter(1, caseId)
        .setParameter(2, step.name())
        .setParameter(3, at)
        .setParameter(4, detail == null ? "" : detail)
        .executeUpdate();
  }

  @Override
  public Optional<String> stepDetail(long caseId, CaseStep step) {
    return em.createNativeQuery(
            "select detail from support_case_step where case_id = ?1 and step = ?2")
        .setParameter(1, caseId)
        .setParameter(2, step.name())
        .getResultStream()
        .findFirst()
        .map(String.class::cast);
  }

  @Override
  public void storeNotice(Repository repository, ResetNotice notice) {
    em.createNativeQuery(
            "insert into reset_notice (repository_id, case_id, gun, reset_at, new_root_key_id,"
                + " consumer_steps, tags) values ((select id from repository where gun = ?1), ?2,"
                + " ?1, ?3, ?4, ?5, ?6) on conflict (case_id) do nothing")
        .setParameter(1, repository.gun().value())
        .setParameter(2, notice.caseId())
        .setParameter(3, notice.resetAt())
        .setParameter(4, notice.newRootKeyId())
        .setParameter(5, write(notice.consumerSteps()))
        .setParameter(6, write(notice.tagsToSignAgain()))
        .executeUpdate();
  }

  @Override
  public Optional<ResetNotice> newestNotice(Repository repository) {
    List<?> rows =
        em.createNativeQuery(
                "select gun, reset_at, new_root_key_id, consumer_steps, tags, case_id from"
                    + " reset_notice where repository_id = (select id from repository where gun ="
                    + " ?1) order by reset_at desc, id desc limit 1")
            .setParameter(1, repository.gun().value())
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new ResetNotice(
            (String) row[0],
            instant(row[1]),
            (String) row[2],
            read((String) row[3]),
            read((String) row[4]),
            ((Number) row[5]).longValue()));
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }

  private static String write(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> read(String json) {
    try {
      return JSON.readValue(json, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
