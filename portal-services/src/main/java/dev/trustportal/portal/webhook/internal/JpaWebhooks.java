package dev.trustportal.portal.webhook.internal;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.webhook.DeliverySummary;
import dev.trustportal.portal.webhook.PendingDelivery;
import dev.trustportal.portal.webhook.SealedSecret;
import dev.trustportal.portal.webhook.WebhookEvent;
import dev.trustportal.portal.webhook.WebhookSummary;
import dev.trustportal.portal.webhook.WebhookUrl;
import dev.trustportal.portal.webhook.Webhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The webhook tables in PostgreSQL, in native SQL; runs in the caller's transaction. */
@ApplicationScoped
class JpaWebhooks implements Webhooks {

  private static final String ORG_ID = "(select id from organisation where name = ?1)";
  private static final String HOOK_COLUMNS = "id, url, event_types, created_by, created_at";
  private static final String DELIVERY_COLUMNS =
      "id, event_id, event_type, state, attempts, last_status, last_error, created_at,"
          + " next_attempt_at, finished_at";

  /*
   * Due and not claimed by a live worker. SKIP LOCKED passes over rows another transaction is
   * claiming, so workers of several instances never wait for each other nor take the same row; the
   * claim then holds for a lease, so a crashed worker's row comes back.
   */
  private static final String CLAIMABLE =
      "select id from webhook_delivery where state = 'PENDING' and next_attempt_at <= ?1 and"
          + " (claimed_until is null or claimed_until < ?1) order by next_attempt_at, id limit 1"
          + " for update skip locked";

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public long nextId() {
    return ((Number) em.createNativeQuery("select nextval('webhook_id_seq')").getSingleResult())
        .longValue();
  }

  @Override
  public void store(
      String organisation,
      long id,
      WebhookUrl url,
      List<WebhookEvent> events,
      SealedSecret secret,
      String createdBy,
      Instant createdAt) {
    em.createNativeQuery(
            "insert into webhook (id, organisation_id, url, event_types, secret_kek_id,"
                + " secret_nonce, secret_ciphertext, created_by, created_at) values (?2, "
                + ORG_ID
                + ", ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .setParameter(1, organisation)
        .setParameter(2, id)
        .setParameter(3, url.toString())
        .setParameter(4, String.join(",", events.stream().map(WebhookEvent::wireName).toList()))
        .setParameter(5, secret.kekId())
        .setParameter(6, secret.nonce())
        .setParameter(7, secret.ciphertext())
        .setParameter(8, createdBy)
        .setParameter(9, createdAt)
        .executeUpdate();
  }

  @Override
  public List<WebhookSummary> of(String organisation) {
    return rows(
            em.createNativeQuery(
                    "select "
                        + HOOK_COLUMNS
                        + " from webhook where organisation_id = "
                        + ORG_ID
                        + " order by id")
                .setParameter(1, organisation)
                .getResultList())
        .stream()
        .map(JpaWebhooks::summary)
        .toList();
  }

  @Override
  public Optional<WebhookSummary> find(String organisation, long id) {
    return rows(
            em.createNativeQuery(
                    "select "
                        + HOOK_COLUMNS
                        + " from webhook where organisation_id = "
                        + ORG_ID
                        + " and id = ?2")
                .setParameter(1, organisation)
                .setParameter(2, id)
                .getResultList())
        .stream()
        .findFirst()
        .map(JpaWebhooks::summary);
  }

  @Override
  public boolean delete(String organisation, long id) {
    return em.createNativeQuery(
                "delete from webhook where organisation_id = " + ORG_ID + " and id = ?2")
            .setParameter(1, organisation)
            .setParameter(2, id)
            .executeUpdate()
        > 0;
  }

  @Override
  public List<Long> subscribedTo(String organisation, WebhookEvent event) {
    // event_types is a comma-separated list of wire names; none contains a comma.
    return em
        .createNativeQuery(
            "select id from webhook where organisation_id = "
                + ORG_ID
                + " and ',' || event_types || ',' like ?2 order by id")
        .setParameter(1, organisation)
        .setParameter(2, "%," + event.wireName() + ",%")
        .getResultList()
        .stream()
        .map(id -> ((Number) id).longValue())
        .toList();
  }

  @Override
  public List<DeliverySummary> deliveries(long webhookId, PageRequest request) {
    return rows(
            em.createNativeQuery(
                    "select "
                        + DELIVERY_COLUMNS
                        + " from webhook_delivery where webhook_id = ?1 order by id desc")
                .setParameter(1, webhookId)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList())
        .stream()
        .map(JpaWebhooks::delivery)
        .toList();
  }

  @Override
  public long countDeliveries(long webhookId) {
    return ((Number)
            em.createNativeQuery("select count(*) from webhook_delivery where webhook_id = ?1")
                .setParameter(1, webhookId)
                .getSingleResult())
        .longValue();
  }

  @Override
  public long enqueue(long webhookId, String eventId, WebhookEvent type, String body, Instant now) {
    return ((Number)
            em.createNativeQuery(
                    "insert into webhook_delivery (webhook_id, event_id, event_type, body, state,"
                        + " created_at, next_attempt_at) values (?1, ?2, ?3, ?4, 'PENDING', ?5, ?5)"
                        + " returning id")
                .setParameter(1, webhookId)
                .setParameter(2, eventId)
                .setParameter(3, type.wireName())
                .setParameter(4, body)
                .setParameter(5, now)
                .getSingleResult())
        .longValue();
  }

  @Override
  public Optional<DeliverySummary> delivery(long id) {
    return rows(
            em.createNativeQuery(
                    "select " + DELIVERY_COLUMNS + " from webhook_delivery where id = ?1")
                .setParameter(1, id)
                .getResultList())
        .stream()
        .findFirst()
        .map(JpaWebhooks::delivery);
  }

  @Override
  public Optional<Claim> claimNext(Instant now, Duration lease) {
    List<?> rows = em.createNativeQuery(CLAIMABLE).setParameter(1, now).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Claim claim = new Claim(((Number) rows.get(0)).longValue(), UUID.randomUUID().toString());
    em.createNativeQuery("update webhook_delivery set claim = ?1, claimed_until = ?2 where id = ?3")
        .setParameter(1, claim.token())
        .setParameter(2, now.plus(lease))
        .setParameter(3, claim.deliveryId())
        .executeUpdate();
    return Optional.of(claim);
  }

  @Override
  public Optional<PendingDelivery> load(Claim claim) {
    return rows(
            em.createNativeQuery(
                    "select d.id, d.webhook_id, w.url, w.secret_kek_id, w.secret_nonce,"
                        + " w.secret_ciphertext, d.event_id, d.event_type, d.body, d.created_at,"
                        + " d.attempts from webhook_delivery d join webhook w on w.id ="
                        + " d.webhook_id where d.id = ?1 and d.claim = ?2 and d.state = 'PENDING'")
                .setParameter(1, claim.deliveryId())
                .setParameter(2, claim.token())
                .getResultList())
        .stream()
        .findFirst()
        .map(
            r ->
                new PendingDelivery(
                    number(r[0]),
                    number(r[1]),
                    (String) r[2],
                    new SealedSecret((String) r[3], (byte[]) r[4], (byte[]) r[5]),
                    (String) r[6],
                    (String) r[7],
                    (String) r[8],
                    instant(r[9]),
                    (int) number(r[10])));
  }

  @Override
  public boolean delivered(Claim claim, int status, Instant now) {
    return em.createNativeQuery(
                "update webhook_delivery set state = 'DELIVERED', attempts = attempts + 1,"
                    + " last_status = ?1, last_error = null, next_attempt_at = null, claim = null,"
                    + " claimed_until = null, finished_at = ?2 where id = ?3 and claim = ?4")
            .setParameter(1, status)
            .setParameter(2, now)
            .setParameter(3, claim.deliveryId())
            .setParameter(4, claim.token())
            .executeUpdate()
        > 0;
  }

  @Override
  public boolean failed(
      Claim claim, Integer status, String error, Optional<Instant> next, Instant now) {
    return em.createNativeQuery(
                "update webhook_delivery set state = ?1, attempts = attempts + 1, last_status ="
                    + " cast(?2 as integer), last_error = ?3, next_attempt_at = cast(?4 as"
                    + " timestamptz), claim = null, claimed_until = null, finished_at = cast(?5 as"
                    + " timestamptz) where id = ?6 and claim = ?7")
            .setParameter(1, next.isPresent() ? "PENDING" : "FAILED")
            .setParameter(2, status == null ? null : status.toString())
            .setParameter(3, truncated(error))
            .setParameter(4, next.map(Instant::toString).orElse(null))
            .setParameter(5, next.isPresent() ? null : now.toString())
            .setParameter(6, claim.deliveryId())
            .setParameter(7, claim.token())
            .executeUpdate()
        > 0;
  }

  private static String truncated(String error) {
    return error == null || error.length() <= 1024 ? error : error.substring(0, 1021) + "...";
  }

  private static WebhookSummary summary(Object[] r) {
    return new WebhookSummary(
        number(r[0]),
        (String) r[1],
        Arrays.asList(((String) r[2]).split(",")),
        (String) r[3],
        instant(r[4]));
  }

  private static DeliverySummary delivery(Object[] r) {
    return new DeliverySummary(
        number(r[0]),
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (int) number(r[4]),
        r[5] == null ? null : (int) number(r[5]),
        (String) r[6],
        instant(r[7]),
        instant(r[8]),
        instant(r[9]));
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(List<?> result) {
    return (List<Object[]>) result;
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  /**
   * Hibernate 6 answers timestamptz as Instant, OffsetDateTime or Timestamp by dialect settings.
   */
  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
