package dev.trustportal.portal.approval.internal;

import dev.trustportal.portal.approval.ApprovalSettings;
import dev.trustportal.portal.approval.ApprovalSettingsStore;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.securitykey.RequiredKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The approval policy in PostgreSQL (approvals per type V6, the rest V9); runs in the caller's
 * transaction.
 */
@ApplicationScoped
class JpaApprovalSettingsStore implements ApprovalSettingsStore {

  private static final String ORGANISATION_ID = "(select id from organisation where name = ?1)";

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public ApprovalSettings of(Organisation organisation) {
    List<?> rows =
        em.createNativeQuery(
                "select self_approval, open_hours, required_keys from approval_settings where"
                    + " organisation_id = "
                    + ORGANISATION_ID)
            .setParameter(1, organisation.name().value())
            .getResultList();
    if (rows.isEmpty()) {
      return ApprovalSettings.DEFAULTS;
    }
    Object[] row = (Object[]) rows.get(0);
    return new ApprovalSettings(
        (Boolean) row[0], ((Number) row[1]).intValue(), RequiredKeys.valueOf((String) row[2]));
  }

  @Override
  public void store(Organisation organisation, ApprovalSettings settings) {
    em.createNativeQuery(
            "insert into approval_settings (organisation_id, self_approval, open_hours,"
                + " required_keys) values ("
                + ORGANISATION_ID
                + ", ?2, ?3, ?4) on conflict (organisation_id) do update set"
                + " self_approval = excluded.self_approval, open_hours = excluded.open_hours,"
                + " required_keys = excluded.required_keys")
        .setParameter(1, organisation.name().value())
        .setParameter(2, settings.selfApproval())
        .setParameter(3, settings.openHours())
        .setParameter(4, settings.requiredKeys().name())
        .executeUpdate();
  }

  @Override
  public Map<String, Integer> approvals(Organisation organisation) {
    List<?> rows =
        em.createNativeQuery(
                "select change_type, approvals from approval_policy where organisation_id = "
                    + ORGANISATION_ID)
            .setParameter(1, organisation.name().value())
            .getResultList();
    Map<String, Integer> approvals = new TreeMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      approvals.put((String) columns[0], ((Number) columns[1]).intValue());
    }
    return approvals;
  }

  @Override
  public void storeApprovals(Organisation organisation, String type, int approvals) {
    em.createNativeQuery(
            "insert into approval_policy (organisation_id, change_type, approvals) values ("
                + ORGANISATION_ID
                + ", ?2, ?3) on conflict (organisation_id, change_type) do update set approvals ="
                + " excluded.approvals")
        .setParameter(1, organisation.name().value())
        .setParameter(2, type)
        .setParameter(3, approvals)
        .executeUpdate();
  }
}
