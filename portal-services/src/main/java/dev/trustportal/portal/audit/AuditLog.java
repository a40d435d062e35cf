package dev.trustportal.portal.audit;

import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.identity.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Appends events to the audit chains and reads and verifies them. Anyone may cause an event (a
 * failed sign-in has no signed-in caller); reading is for platform admins until organisation
 * membership arrives, and that check lives here, at the EJB boundary.
 */
@Stateless
@DeclareRoles(Roles.PLATFORM_ADMIN)
public class AuditLog {

  private static final int VERIFY_BATCH = 1000;

  // Field injection: EJBs need a no-argument constructor.
  @Inject AuditEvents events;
  @Inject Clock clock;

  /**
   * Appends an event in the caller's transaction, so that the event exists only if the audited
   * change commits.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public AuditEntry record(AuditRecord record) {
    return append(record);
  }

  /**
   * Appends an event in a transaction of its own, for attempts that were refused or failed: their
   * own transaction rolls back, the event must stay.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AuditEntry recordIndependently(AuditRecord record) {
    return append(record);
  }

  /**
   * One page of a chain, newest first.
   *
   * @param organisation the organisation, or {@code null} for the platform chain
   * @throws UnknownChainException if there is no such organisation
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public Page<AuditEntry> page(String organisation, PageRequest request) {
    requireChain(organisation);
    List<AuditEntry> items =
        events.page(organisation, request).stream().map(AuditEvent::toEntry).toList();
    return new Page<>(items, request.page(), request.size(), events.count(organisation));
  }

  /** How many events a chain holds; {@code null} names the platform chain. */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public long count(String organisation) {
    requireChain(organisation);
    return events.count(organisation);
  }

  /**
   * Recomputes every hash of a chain, oldest first, and checks each link to the predecessor. Reads in
   * batches, so a long chain need not fit in memory.
   *
   * @throws UnknownChainException if there is no such organisation
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public ChainVerification verify(String organisation) {
    requireChain(organisation);
    HashChain.Verifier verifier = new HashChain.Verifier();
    long lastId = Long.MIN_VALUE;
    List<AuditEvent> batch;
    do {
      batch = events.after(organisation, lastId, VERIFY_BATCH);
      for (AuditEvent event : batch) {
        AuditEntry entry = event.toEntry();
        if (!verifier.accept(entry)) {
          return verifier.result();
        }
        lastId = entry.id();
      }
    } while (batch.size() == VERIFY_BATCH);
    return verifier.result();
  }

  private AuditEntry append(AuditRecord record) {
    String organisation = record.organisation();
    events.lockChain(organisation);
    String previous = events.last(organisation).map(AuditEvent::hash).orElse(HashChain.GENESIS);
    AuditEvent event = new AuditEvent(events.nextId(), record, clock.instant(), previous);
    events.store(event);
    return event.toEntry();
  }

  private void requireChain(String organisation) {
    if (organisation != null && !events.organisationExists(organisation)) {
      throw new UnknownChainException(organisation);
    }
  }
}
