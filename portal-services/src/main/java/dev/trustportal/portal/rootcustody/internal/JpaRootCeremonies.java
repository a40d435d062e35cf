package dev.trustportal.portal.rootcustody.internal;

import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Signature;
import dev.trustportal.portal.custody.WrappedRootKey;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.rootcustody.CeremonyOperation;
import dev.trustportal.portal.rootcustody.CeremonyState;
import dev.trustportal.portal.rootcustody.CeremonyTouch;
import dev.trustportal.portal.rootcustody.RepositoryCustody;
import dev.trustportal.portal.rootcustody.RootCeremonies;
import dev.trustportal.portal.rootcustody.RootCeremony;
import dev.trustportal.portal.rootcustody.StoredRootKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Custodians' root keys and root ceremonies in PostgreSQL (V45), with native queries into records.
 */
@ApplicationScoped
class JpaRootCeremonies implements RootCeremonies {

  private static final String COLUMNS =
      "select c.id, o.name, c.gun, c.operation, c.digest, c.threshold,"
          + " c.custodians, c.state, c.created_at, c.expires_at, c.publish_error from"
          + " root_ceremony c"
          + " join organisation o on o.id = c.organisation_id";

  private static final String KEY_COLUMNS =
      "select key_id, security_key_id, certificate, ephemeral_public_key, nonce, ciphertext from"
          + " custodian_root_key";

  /** The advisory lock the expiry job takes, so one instance of a cluster runs it at a time. */
  private static final long EXPIRY_JOB_LOCK = 0x524f4f5445585049L;

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public void storeRootKey(String gun, StoredRootKey key, Instant at) {
    WrappedRootKey w = key.wrapped();
    em.createNativeQuery(
            "insert into custodian_root_key (gun, key_id, security_key_id, certificate,"
                + " ephemeral_public_key, nonce, ciphertext, created_at) values (?1, ?2, ?3, ?4,"
                + " ?5, ?6, ?7, ?8)")
        .setParameter(1, gun)
        .setParameter(2, key.keyId())
        .setParameter(3, key.securityKeyId())
        .setParameter(4, key.certificate())
        .setParameter(5, w.ephemeralPublicKey())
        .setParameter(6, w.nonce())
        .setParameter(7, w.ciphertext())
        .setParameter(8, at)
        .executeUpdate();
  }

  @Override
  public Optional<StoredRootKey> rootKey(String gun, long securityKeyId) {
    List<?> rows =
        em.createNativeQuery(
                KEY_COLUMNS
                    + " where gun = ?1 and security_key_id = ?2 and state = 'CURRENT' order by id")
            .setParameter(1, gun)
            .setParameter(2, securityKeyId)
            .getResultList();
    return rows.stream().map(r -> storedKey((Object[]) r)).findFirst();
  }

  @Override
  public List<StoredRootKey> rootKeys(String gun) {
    List<?> rows =
        em.createNativeQuery(KEY_COLUMNS + " where gun = ?1 and state = 'CURRENT' order by id")
            .setParameter(1, gun)
            .getResultList();
    return rows.stream().map(r -> storedKey((Object[]) r)).toList();
  }

  @Override
  public List<String> gunsWithRootKeys(Organisation organisation) {
    // Every custodian root key was made in a ceremony of its organisation, which names the GUN.
    List<?> rows =
        em.createNativeQuery(
                "select distinct k.gun from custodian_root_key k where k.state = 'CURRENT' and"
                    + " exists (select 1 from root_ceremony c join organisation o on o.id ="
                    + " c.organisation_id where c.gun = k.gun and o.name = ?1) order by k.gun")
            .setParameter(1, organisation.name().value())
            .getResultList();
    return rows.stream().map(String.class::cast).toList();
  }

  @Override
  public List<RepositoryCustody.RootKeyHolder> rootKeyHolders(String gun) {
    List<?> rows =
        em.createNativeQuery(
                "select r.key_id, k.username, k.name from custodian_root_key r join security_key k"
                    + " on k.id = r.security_key_id where r.gun = ?1 and r.state = 'CURRENT' order"
                    + " by k.username, r.id")
            .setParameter(1, gun)
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(r -> new RepositoryCustody.RootKeyHolder((String) r[0], (String) r[1], (String) r[2]))
        .toList();
  }

  @Override
  public void storePendingRootKey(String gun, long ceremonyId, StoredRootKey key, Instant at) {
    storeRootKey(gun, key, at);
    em.createNativeQuery(
            "update custodian_root_key set state = 'PENDING', ceremony_id = ?3 where gun = ?1 and"
                + " key_id = ?2")
        .setParameter(1, gun)
        .setParameter(2, key.keyId())
        .setParameter(3, ceremonyId)
        .executeUpdate();
  }

  @Override
  public Optional<StoredRootKey> pendingRootKey(long ceremonyId, long securityKeyId) {
    List<?> rows =
        em.createNativeQuery(
                KEY_COLUMNS
                    + " where ceremony_id = ?1 and security_key_id = ?2 and state = 'PENDING'")
            .setParameter(1, ceremonyId)
            .setParameter(2, securityKeyId)
            .getResultList();
    return rows.stream().map(r -> storedKey((Object[]) r)).findFirst();
  }

  @Override
  public void promoteRootKeys(long ceremonyId, String gun) {
    int pending =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from custodian_root_key where ceremony_id = ?1 and state ="
                            + " 'PENDING'")
                    .setParameter(1, ceremonyId)
                    .getSingleResult())
            .intValue();
    if (pending == 0) {
      return;
    }
    em.createNativeQuery(
            "update custodian_root_key set state = 'RETIRED' where gun = ?1 and state = 'CURRENT'")
        .setParameter(1, gun)
        .executeUpdate();
    em.createNativeQuery(
            "update custodian_root_key set state = 'CURRENT' where ceremony_id = ?1 and state ="
                + " 'PENDING'")
        .setParameter(1, ceremonyId)
        .executeUpdate();
  }

  @Override
  public void dropPendingRootKeys(long ceremonyId) {
    em.createNativeQuery(
            "delete from custodian_root_key where ceremony_id = ?1 and state = 'PENDING'")
        .setParameter(1, ceremonyId)
        .executeUpdate();
  }

  @Override
  public List<String> gunsWithoutRootKeys(Organisation organisation) {
    List<?> rows =
        em.createNativeQuery(
                "select r.gun from repository r join organisation o on o.id = r.organisation_id"
                    + " where o.name = ?1 and not exists (select 1 from custodian_root_key k where"
                    + " k.gun = r.gun and k.state = 'CURRENT') order by r.gun")
            .setParameter(1, organisation.name().value())
            .getResultList();
    return rows.stream().map(String.class::cast).toList();
  }

  @Override
  public void retireRootKeys(String gun) {
    em.createNativeQuery(
            "update custodian_root_key set state = 'RETIRED' where gun = ?1 and state = 'CURRENT'")
        .setParameter(1, gun)
        .executeUpdate();
  }

  @Override
  public long openRootChange(
      Organisation organisation,
      String gun,
      CeremonyOperation operation,
      String digest,
      byte[] rootFile,
      byte[] oldRootFile,
      int threshold,
      int custodians,
      Instant at,
      Instant expires) {
    // No targets file of its own: a new targets key re-signs the targets current at publication.
    long id =
        open(organisation, gun, digest, rootFile, new byte[0], threshold, custodians, at, expires);
    em.createNativeQuery(
            "update root_ceremony set operation = ?2, old_root_file = ?3 where id = ?1")
        .setParameter(1, id)
        .setParameter(2, operation.name())
        .setParameter(3, oldRootFile)
        .executeUpdate();
    return id;
  }

  @Override
  public Optional<Long> openCeremonyOf(String gun) {
    List<?> rows =
        em.createNativeQuery(
                "select id from root_ceremony where gun = ?1 and state in ('OPEN', 'SIGNED')")
            .setParameter(1, gun)
            .getResultList();
    return rows.stream().map(r -> ((Number) r).longValue()).findFirst();
  }

  @Override
  public List<Long> overdue(Instant now) {
    List<?> rows =
        em.createNativeQuery(
                "select id from root_ceremony where state = 'OPEN' and expires_at < ?1 order by id"
                    + " limit 100 for update skip locked")
            .setParameter(1, now)
            .getResultList();
    return rows.stream().map(r -> ((Number) r).longValue()).toList();
  }

  @Override
  public boolean lockExpiryJob() {
    return (Boolean)
        em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
            .setParameter(1, EXPIRY_JOB_LOCK)
            .getSingleResult();
  }

  private static StoredRootKey storedKey(Object[] r) {
    return new StoredRootKey(
        (String) r[0],
        ((Number) r[1]).longValue(),
        (byte[]) r[2],
        new WrappedRootKey((byte[]) r[3], (byte[]) r[4], (byte[]) r[5]));
  }

  @Override
  public long open(
      Organisation organisation,
      String gun,
      String digest,
      byte[] rootFile,
      byte[] targetsFile,
      int threshold,
      int custodians,
      Instant at,
      Instant expires) {
    long id =
        ((Number) em.createNativeQuery("select nextval('root_ceremony_id_seq')").getSingleResult())
            .longValue();
    em.createNativeQuery(
            "insert into root_ceremony (id, organisation_id, gun, operation, digest, root_file,"
                + " targets_file, threshold, custodians, state, created_at, expires_at) values (?1,"
                + " (select id from organisation where name = ?2), ?3, 'INITIALISE_REPOSITORY', ?4,"
                + " ?5, ?6, ?7, ?8, 'OPEN', ?9, ?10)")
        .setParameter(1, id)
        .setParameter(2, organisation.name().value())
        .setParameter(3, gun)
        .setParameter(4, digest)
        .setParameter(5, rootFile)
        .setParameter(6, targetsFile)
        .setParameter(7, threshold)
        .setParameter(8, custodians)
        .setParameter(9, at)
        .setParameter(10, expires)
        .executeUpdate();
    return id;
  }

  @Override
  public Optional<RootCeremony> find(long id, boolean lock) {
    List<?> rows =
        em.createNativeQuery(COLUMNS + " where c.id = ?1" + (lock ? " for update of c" : ""))
            .setParameter(1, id)
            .getResultList();
    return rows.stream().map(r -> ceremony((Object[]) r)).findFirst();
  }

  @Override
  public List<RootCeremony> ofOrganisation(Organisation organisation) {
    List<?> rows =
        em.createNativeQuery(COLUMNS + " where o.name = ?1 order by c.id desc")
            .setParameter(1, organisation.name().value())
            .setMaxResults(100)
            .getResultList();
    return rows.stream().map(r -> ceremony((Object[]) r)).toList();
  }

  @Override
  public PreparedFiles files(long id) {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "select root_file, targets_file, old_root_file from root_ceremony where id ="
                        + " ?1")
                .setParameter(1, id)
                .getSingleResult();
    return new PreparedFiles((byte[]) r[0], (byte[]) r[1], (byte[]) r[2]);
  }

  @Override
  public void storeSignature(long id, CeremonyTouch touch, Signature signature) {
    em.createNativeQuery(
            "insert into root_ceremony_signature (ceremony_id, security_key_id, username, key_id,"
                + " method, signature, signed_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, id)
        .setParameter(2, touch.securityKeyId())
        .setParameter(3, touch.username())
        .setParameter(4, signature.keyId().value())
        .setParameter(5, signature.method())
        .setParameter(6, signature.sig())
        .setParameter(7, touch.signedAt())
        .executeUpdate();
  }

  @Override
  public List<Signature> signatures(long id) {
    List<?> rows =
        em.createNativeQuery(
                "select key_id, method, signature from root_ceremony_signature where"
                    + " ceremony_id = ?1 order by key_id")
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(r -> new Signature(new KeyId((String) r[0]), (String) r[1], (String) r[2]))
        .toList();
  }

  @Override
  public List<Long> signed() {
    List<?> rows =
        em.createNativeQuery(
                "select id from root_ceremony where state = 'SIGNED' order by id limit 100")
            .getResultList();
    return rows.stream().map(r -> ((Number) r).longValue()).toList();
  }

  @Override
  public void publishFailed(long id, String error) {
    em.createNativeQuery("update root_ceremony set publish_error = ?2 where id = ?1")
        .setParameter(1, id)
        .setParameter(2, error.length() > 1000 ? error.substring(0, 1000) : error)
        .executeUpdate();
  }

  @Override
  public void decide(long id, CeremonyState state, Instant at) {
    em.createNativeQuery(
            "update root_ceremony set state = ?2, published_at = case when ?2 = 'PUBLISHED' then"
                + " cast(?3 as timestamptz) end, version = version + 1 where id = ?1")
        .setParameter(1, id)
        .setParameter(2, state.name())
        .setParameter(3, at)
        .executeUpdate();
  }

  private RootCeremony ceremony(Object[] r) {
    long id = ((Number) r[0]).longValue();
    List<?> touches =
        em.createNativeQuery(
                "select distinct on (security_key_id) username, security_key_id, key_id, signed_at"
                    + " from root_ceremony_signature where ceremony_id = ?1 order by"
                    + " security_key_id, signed_at")
            .setParameter(1, id)
            .getResultList();
    return new RootCeremony(
        id,
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        ((Number) r[5]).intValue(),
        ((Number) r[6]).intValue(),
        CeremonyState.valueOf((String) r[7]),
        JpaCustodyChanges.instant(r[8]),
        JpaCustodyChanges.instant(r[9]),
        touches.stream()
            .map(t -> (Object[]) t)
            .map(
                t ->
                    new CeremonyTouch(
                        (String) t[0],
                        ((Number) t[1]).longValue(),
                        (String) t[2],
                        JpaCustodyChanges.instant(t[3])))
            .sorted(java.util.Comparator.comparing(CeremonyTouch::signedAt))
            .toList(),
        (String) r[10]);
  }
}
