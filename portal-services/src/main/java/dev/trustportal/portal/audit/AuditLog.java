package dev.trustportal.portal.audit;

import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.List;

/**
 * Appends events to the audit chains and reads and verifies them. Anyone may cause an event (a
 * failed sign-in has no signed-in caller). An organisation's chain is read by its owners and admins
 * as {@link ChainReaders} decides (a platform role opens no organisation's chain); the platform
 * chain by platform admins only. The checks live here, at the EJB boundary, so that the UI and the
 * REST API cannot forget them.
 */
@Stateless
@DeclareRoles(Roles.PLATFORM_ADMIN)
public class AuditLog {

  /** The action of an export of the log. */
  public static final String EXPORTED = "audit.exported";

  private static final int VERIFY_BATCH = 1000;
  private static final int EXPORT_BATCH = 500;
  // The gateway names the platform chain with a null organisation.
  private static final String PLATFORM = null;

  // Field injection: EJBs need a no-argument constructor.
  @Inject AuditEvents events;
  @Inject Clock clock;
  @Inject ChainReaders readers;
  @Inject Event<AuditAppended> appended;
  @Resource SessionContext session;
  @Resource TransactionSynchronizationRegistry transaction;

  /** The key under which a transaction keeps the hash of the last event it appended to a chain. */
  private record ChainTip(String organisation) {}

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
   * own transaction rolls back, the event must stay. Never call it after the caller's transaction
   * has appended to the same chain: that transaction holds the chain's lock until it ends, and this
   * append would wait for it forever.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AuditEntry recordIndependently(AuditRecord record) {
    return append(record);
  }

  /**
   * One page of an organisation's chain, newest first, for its owners and admins; anyone else is
   * refused as the tenancy rule says (404 or 403), and that is audited.
   */
  @PermitAll
  public Page<AuditEntry> page(String organisation, PageRequest request) {
    readers.requireReader(organisation);
    return pageOf(organisation, request);
  }

  /** How many events an organisation's chain holds; readable as {@link #page}. */
  @PermitAll
  public long count(String organisation) {
    readers.requireReader(organisation);
    return events.count(organisation);
  }

  /** Verifies an organisation's chain (see {@link #verifyChain}); readable as {@link #page}. */
  @PermitAll
  public ChainVerification verify(String organisation) {
    readers.requireReader(organisation);
    return verifyChain(organisation);
  }

  /** The organisations whose chain the caller may read, by name: what the audit view offers. */
  @PermitAll
  public List<String> readableOrganisations() {
    return readers.readableOrganisations(PageRequest.MAX_SIZE);
  }

  /**
   * Refuses unless the caller may read the organisation's chain (the refusal is audited and says
   * why, or is "not found" for whoever may not see the organisation at all).
   */
  @PermitAll
  public void requireReadable(String organisation) {
    readers.requireReader(organisation);
  }

  /**
   * Whether the caller may read the platform chain: platform admins may, as the methods below say.
   */
  @PermitAll
  public boolean platformChainReadable() {
    return session.isCallerInRole(Roles.PLATFORM_ADMIN);
  }

  /** Refuses (as the container refuses roles) unless the caller may read the platform chain. */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public void requirePlatformReadable() {
    // The check is the annotation: a caller without the role never gets here.
  }

  /** One page of the platform chain (sign-ins, refusals of no organisation), newest first. */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public Page<AuditEntry> platformPage(PageRequest request) {
    return pageOf(PLATFORM, request);
  }

  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public long platformCount() {
    return events.count(PLATFORM);
  }

  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public ChainVerification verifyPlatform() {
    return verifyChain(PLATFORM);
  }

  /**
   * One page of the events of an organisation's chain that match the filter, newest first; readable
   * as {@link #page}.
   */
  @PermitAll
  public Page<AuditEntry> search(String organisation, AuditFilter filter, PageRequest request) {
    readers.requireReader(organisation);
    return searchOf(organisation, filter, request);
  }

  /** How many events of an organisation's chain match the filter; readable as {@link #page}. */
  @PermitAll
  public long count(String organisation, AuditFilter filter) {
    readers.requireReader(organisation);
    return events.count(organisation, filter);
  }

  /** The action codes an organisation's chain holds, sorted: what a filter can offer. */
  @PermitAll
  public List<String> actions(String organisation) {
    readers.requireReader(organisation);
    return events.actions(organisation);
  }

  /**
   * Writes the events of an organisation's chain that match the filter, newest first, as the format
   * says; readable as {@link #page}. The export is itself an event of the chain ({@value
   * #EXPORTED}), recorded first and in a transaction of its own, so that who pulled the log stays
   * visible even if the download breaks off; the export holds what the chain held before it.
   *
   * @return how many events were written
   */
  @PermitAll
  public long export(String organisation, AuditFilter filter, AuditExportFormat format, Writer out)
      throws IOException {
    readers.requireReader(organisation);
    return exportOf(organisation, filter, format, out);
  }

  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public Page<AuditEntry> platformSearch(AuditFilter filter, PageRequest request) {
    return searchOf(PLATFORM, filter, request);
  }

  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public long platformCount(AuditFilter filter) {
    return events.count(PLATFORM, filter);
  }

  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public List<String> platformActions() {
    return events.actions(PLATFORM);
  }

  /** Exports the platform chain as {@link #export} does an organisation's. */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public long exportPlatform(AuditFilter filter, AuditExportFormat format, Writer out)
      throws IOException {
    return exportOf(PLATFORM, filter, format, out);
  }

  private Page<AuditEntry> searchOf(String organisation, AuditFilter filter, PageRequest request) {
    List<AuditEntry> items =
        events.search(organisation, filter, Long.MAX_VALUE, request.offset(), request.size());
    return new Page<>(items, request.page(), request.size(), events.count(organisation, filter));
  }

  private long exportOf(
      String organisation, AuditFilter filter, AuditExportFormat format, Writer out)
      throws IOException {
    AuditEntry exported =
        session
            .getBusinessObject(AuditLog.class)
            .recordIndependently(
                new AuditRecord(
                    organisation,
                    session.getCallerPrincipal().getName(),
                    EXPORTED,
                    format.extension(),
                    Outcome.SUCCEEDED,
                    format.name() + " export; " + filter.describe()));
    AuditExportFormat.Output output = format.open(out);
    long below = exported.id();
    long written = 0;
    List<AuditEntry> batch;
    do {
      batch = events.search(organisation, filter, below, 0, EXPORT_BATCH);
      for (AuditEntry entry : batch) {
        output.write(entry);
        below = entry.id();
      }
      written += batch.size();
    } while (batch.size() == EXPORT_BATCH);
    output.finish();
    return written;
  }

  private Page<AuditEntry> pageOf(String organisation, PageRequest request) {
    List<AuditEntry> items =
        events.page(organisation, request).stream().map(AuditEvent::toEntry).toList();
    return new Page<>(items, request.page(), request.size(), events.count(organisation));
  }

  /**
   * Recomputes every hash of a chain, oldest first, and checks each link to the predecessor. Reads
   * in batches, so a long chain need not fit in memory.
   */
  private ChainVerification verifyChain(String organisation) {
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
    ChainTip tip = new ChainTip(organisation);
    // The chain's lock is held until the transaction ends, so no one else appends meanwhile: after
    // this transaction's first append to a chain, the event it stored last is the chain's last.
    String previous = (String) transaction.getResource(tip);
    if (previous == null) {
      events.lockChain(organisation);
      previous = events.last(organisation).map(AuditEvent::hash).orElse(HashChain.GENESIS);
    }
    AuditEvent event = new AuditEvent(events.nextId(), record, clock.instant(), previous);
    events.store(event);
    transaction.putResource(tip, event.hash());
    AuditEntry entry = event.toEntry();
    appended.fire(new AuditAppended(entry));
    return entry;
  }
}
