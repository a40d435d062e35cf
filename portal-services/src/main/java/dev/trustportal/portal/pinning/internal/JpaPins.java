package dev.trustportal.portal.pinning.internal;

import dev.trustportal.notary.tuf.Bytes;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.portal.pinning.DivergedRepository;
import dev.trustportal.portal.pinning.Pin;
import dev.trustportal.portal.pinning.Pins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pins in tables {@code pinned_root} and {@code pinned_floor} (V35); runs in the caller's
 * transaction.
 */
@ApplicationScoped
class JpaPins implements Pins {

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject Clock clock;

  /*
   * One round trip for the whole pin (it is read on every filing and every publish): the floors as
   * "role version" pairs and the key IDs, each joined with commas, which neither role names
   * ([-a-z0-9_/]) nor hex key IDs contain.
   */
  private static final String PIN =
      "select r.root_json, (select string_agg(f.role || ' ' || f.version, ',') from pinned_floor f"
          + " where f.gun = r.gun), (select string_agg(k.key_id, ',') from pinned_key k where"
          + " k.gun = r.gun) from pinned_root r where r.gun = ?1";

  @Override
  public Optional<Pin> find(String gun) {
    List<?> rows = em.createNativeQuery(PIN).setParameter(1, gun).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] columns = (Object[]) rows.get(0);
    Map<RoleName, Integer> floors = new HashMap<>();
    for (String floor : joined(columns[1])) {
      int space = floor.indexOf(' ');
      floors.put(
          new RoleName(floor.substring(0, space)), Integer.parseInt(floor.substring(space + 1)));
    }
    return Optional.of(
        new Pin(gun, Bytes.of((byte[]) columns[0]), new TreeSet<>(joined(columns[2])), floors));
  }

  private static List<String> joined(Object column) {
    return column == null ? List.of() : List.of(((String) column).split(","));
  }

  @Override
  public void pinRoot(String gun, Bytes root, boolean fresh) {
    em.createNativeQuery(
            "insert into pinned_root (gun, root_json, pinned_at) values (?1, ?2, ?3) on conflict"
                + " (gun) do update set root_json = excluded.root_json, pinned_at ="
                + " excluded.pinned_at")
        .setParameter(1, gun)
        .setParameter(2, root.toArray())
        .setParameter(3, java.sql.Timestamp.from(clock.instant()))
        .executeUpdate();
    if (fresh) {
      em.createNativeQuery("delete from pinned_floor where gun = ?1")
          .setParameter(1, gun)
          .executeUpdate();
      em.createNativeQuery("delete from pinned_key where gun = ?1")
          .setParameter(1, gun)
          .executeUpdate();
    }
  }

  @Override
  public void addTargetsKeys(String gun, Set<String> keyIds) {
    // Every publish passes all the delegation keys of targets: one read, an insert for new ones
    // only.
    Set<String> missing = new TreeSet<>(keyIds);
    if (!missing.isEmpty()) {
      missing.removeAll(keyIds(gun));
    }
    missing.forEach(
        id ->
            em.createNativeQuery(
                    "insert into pinned_key (gun, key_id) values (?1, ?2)"
                        + " on conflict do nothing")
                .setParameter(1, gun)
                .setParameter(2, id)
                .executeUpdate());
  }

  @Override
  public void raiseFloors(String gun, Map<RoleName, Integer> versions) {
    // In one order (by role) so that two transactions raising the same floors cannot deadlock.
    new java.util.TreeMap<>(versions)
        .forEach(
            (role, version) ->
                em.createNativeQuery(
                        "insert into pinned_floor (gun, role, version)"
                            + " values (?1, ?2, ?3) on conflict (gun, role) do update"
                            + " set version = greatest(pinned_floor.version, excluded.version)")
                    .setParameter(1, gun)
                    .setParameter(2, role.value())
                    .setParameter(3, version)
                    .executeUpdate());
  }

  @Override
  public boolean markDiverged(String gun, String finding, Instant at) {
    return em.createNativeQuery(
                "update repository set diverged_finding = ?2, diverged_at = ?3"
                    + " where gun = ?1 and diverged_finding is null")
            .setParameter(1, gun)
            .setParameter(2, finding)
            .setParameter(3, java.sql.Timestamp.from(at))
            .executeUpdate()
        > 0;
  }

  @Override
  public boolean clearDivergence(String gun) {
    return em.createNativeQuery(
                "update repository set diverged_finding = null, diverged_at = null"
                    + " where gun = ?1 and diverged_finding is not null")
            .setParameter(1, gun)
            .executeUpdate()
        > 0;
  }

  @Override
  public Optional<String> divergence(String gun) {
    return em.createNativeQuery(
            "select diverged_finding from repository where gun = ?1"
                + " and diverged_finding is not null")
        .setParameter(1, gun)
        .getResultStream()
        .findFirst()
        .map(String.class::cast);
  }

  @Override
  public Optional<String> organisationOf(String gun) {
    return em.createNativeQuery(
            "select o.name from repository r join organisation o on o.id = r.organisation_id"
                + " where r.gun = ?1")
        .setParameter(1, gun)
        .getResultStream()
        .findFirst()
        .map(String.class::cast);
  }

  @Override
  public List<DivergedRepository> diverged(int limit) {
    List<?> rows =
        em.createNativeQuery(
                "select o.name, r.name, r.gun, r.diverged_finding, r.diverged_at"
                    + " from repository r join organisation o on o.id = r.organisation_id"
                    + " where r.diverged_finding is not null order by r.diverged_at desc")
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new DivergedRepository(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    instant(row[4])))
        .toList();
  }

  private static Instant instant(Object value) {
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime odt) {
      return odt.toInstant();
    }
    return (Instant) value;
  }

  private Set<String> keyIds(String gun) {
    Set<String> ids = new TreeSet<>();
    em.createNativeQuery("select key_id from pinned_key where gun = ?1")
        .setParameter(1, gun)
        .getResultList()
        .forEach(id -> ids.add((String) id));
    return ids;
  }
}
