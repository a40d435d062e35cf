package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Suspends a key whose signature counter went backwards, in a transaction of its own: the refused
 * approval rolls back, the suspension and its audit event must stay.
 */
@Stateless
@PermitAll
public class ClonedKeys {

  // Field injection: EJBs need a no-argument constructor.
  @Inject SecurityKeys keys;
  @Inject AuditLog audit;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void suspend(
      long keyId,
      String username,
      String keyName,
      String organisation,
      long storedCount,
      String context) {
    keys.markPossiblyCloned(keyId);
    String detail =
        "Security key '"
            + keyName
            + "' of "
            + username
            + " reported a signature counter that did not"
            + " grow past "
            + storedCount
            + " ("
            + context
            + "): it may be cloned and is suspended.";
    audit.record(
        new AuditRecord(
            organisation,
            username,
            "security_key.possibly_cloned",
            keyName,
            Outcome.FAILED,
            detail));
  }
}
