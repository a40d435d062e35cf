package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Records what happens to an account's keys in the platform chain and in the chain of every
 * organisation where the account is an owner, whose approvals the key may give: its fellow owners
 * see every key that comes and goes, and can confirm a new one. Runs in the caller's transaction.
 */
@ApplicationScoped
public class KeyEvents {

  private final AuditLog audit;
  private final KeyConfirmations confirmations;

  @Inject
  public KeyEvents(AuditLog audit, KeyConfirmations confirmations) {
    this.audit = audit;
    this.confirmations = confirmations;
  }

  /** For the CDI client proxy only. */
  protected KeyEvents() {
    this(null, null);
  }

  /**
   * An event of the key's owner account, done by {@code actor}, in the platform chain and each
   * owned organisation's.
   */
  public void record(String actor, String owner, String action, String keyName, String detail) {
    audit.record(AuditRecord.platform(actor, action, keyName, Outcome.SUCCEEDED, detail));
    for (String organisation : confirmations.ownedBy(owner)) {
      audit.record(
          new AuditRecord(organisation, actor, action, keyName, Outcome.SUCCEEDED, detail));
    }
  }
}
