package dev.trustportal.portal.audit;

import dev.trustportal.portal.common.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * The persistence gateway of audit events. A chain is named by its organisation, {@code null} for
 * the platform chain; paging happens in the database.
 */
public interface AuditEvents {

  /**
   * Takes the chain's transaction-scoped advisory lock, so that appends to one chain happen one
   * after the other and never fork it; the lock is released when the transaction ends.
   */
  void lockChain(String organisation);

  /** The next id; taken under the chain's lock, so ids grow along each chain. */
  long nextId();

  Optional<AuditEvent> last(String organisation);

  void store(AuditEvent event);

  /** The events of one page, newest first. */
  List<AuditEvent> page(String organisation, PageRequest request);

  long count(String organisation);

  /**
   * Up to {@code limit} events of the chain that match the filter and have an id below {@code
   * belowId}, newest first, skipping the first {@code offset}: pages use the offset, exports walk
   * down by id.
   */
  List<AuditEntry> search(
      String organisation, AuditFilter filter, long belowId, int offset, int limit);

  /** The distinct action codes of the chain, sorted. */
  List<String> actions(String organisation);

  /** How many events of the chain match the filter. */
  long count(String organisation, AuditFilter filter);

  /** Up to {@code limit} events with an id above {@code afterId}, oldest first. */
  List<AuditEvent> after(String organisation, long afterId, int limit);
}
