package dev.trustportal.portal.change;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.publish.Change;
import dev.trustportal.notary.publish.ChangeRejectedException;
import dev.trustportal.notary.publish.PublishResult;
import dev.trustportal.notary.server.ServerUnreachableException;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.verify.MissingMetadataException;
import dev.trustportal.notary.verify.TrustedRepository;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.metrics.PortalMetrics;
import dev.trustportal.portal.pinning.TrustPins;
import dev.trustportal.portal.publishing.NotaryFailures;
import dev.trustportal.portal.publishing.NotaryUnavailableException;
import dev.trustportal.portal.repository.OrphanedTag;
import dev.trustportal.portal.repository.TagImpacts;
import dev.trustportal.portal.repository.TrustDetails;
import dev.trustportal.portal.signer.SignerLinks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishing one queued change, in a transaction of its own: claim it (its outbox row locked, state
 * PUBLISHING), apply it through the bridge and record the outcome (PUBLISHED, FAILED, or back to
 * APPROVED with the next attempt scheduled), committed together.
 *
 * <p>Never twice: before uploading, the change's effect is looked for in the live trust data. If it
 * is there (notary-server accepted an earlier attempt whose outcome was lost with a crash), the
 * change is PUBLISHED without a second upload.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ChangePublisher {

  private static final Logger LOG = Logger.getLogger(ChangePublisher.class.getName());

  // Field injection: EJBs need a no-argument constructor.
  @Inject Outbox outbox;
  @Inject ChangeRequests changes;
  @Inject NotaryBridge bridge;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject SignerLinks links;
  @Inject TrustPins pins;
  @Inject PortalMetrics metrics;

  /**
   * Claims the next due change, oldest of its GUN first, and publishes it, all in this one
   * transaction: its outbox row stays locked ({@code FOR UPDATE}) until the outcome commits, so no
   * worker of any instance takes it meanwhile, and if this instance dies the lock ends with its
   * database connection and the change is due again at once (if the upload went through, its effect
   * is then found in the trust data and nothing is uploaded twice).
   *
   * @param claimed told the ID of the change claimed, before anything else is done, so that the
   *     caller can schedule a retry if this transaction fails (see {@link #retryAfterCrash})
   * @return whether there was a change to publish
   */
  public boolean publishNext(LongConsumer claimed) {
    Instant now = clock.instant();
    Optional<Long> next = outbox.lockNext(now);
    if (next.isEmpty()) {
      return false;
    }
    claimed.accept(next.get());
    ChangeRequest request = request(next.get());
    request.startPublishing(now);
    try {
      apply(request);
    } catch (RuntimeException failure) {
      recordFailure(request, failure);
    }
    return true;
  }

  /**
   * After {@link #publishNext} itself failed (its transaction rolled back): the attempt counts, and
   * the change is tried again later.
   */
  public void retryAfterCrash(long changeId, String reason) {
    ChangeRequest request = request(changeId);
    if (request.state().isFinal()) {
      return;
    }
    request.startPublishing(clock.instant());
    retry(request, reason);
  }

  private void apply(ChangeRequest request) {
    Gun gun = request.gun();
    TrustChange change = request.change();
    if (change instanceof TrustChange.InitialiseRepository) {
      initialise(request);
      return;
    }
    // A removal lists the tags it leaves in no role: judged on data read, not on what the portal's
    // last publish left (signers push tags without the portal).
    Optional<TrustedRepository> filed = pins.recentRead(gun, keepsDroppedTags(change));
    if (filed.isPresent() && publishedOnRecentRead(request, filed.get())) {
      return;
    }
    TrustedRepository live = pins.read(gun);
    CurrentTrust now = CurrentTrust.of(live);
    if (change.isIn(now)) {
      Map<RoleName, Integer> versions = Map.of(RoleName.TARGETS, live.targets().signed().version());
      published(
          request, versions, "Its effect was in the trust data already; nothing was uploaded.");
      return;
    }
    change.check(now);
    List<Change> changes = change.toBridge(now);
    pins.expect(live, changes);
    PublishResult result = bridge.publish(live, changes);
    pins.published(gun, result);
    keepDropped(request, live, changes);
    published(
        request,
        result.versions(),
        "Published in " + result.attempts() + " upload(s): " + result.versions() + ".");
  }

  /**
   * Publishes the change on the trust data verified when it was filed, moments ago, if it still
   * applies there and notary-server takes the upload as it is (one upload, no retry). Anything else
   * sends the caller to a fresh read, where the change is judged again: a refused upload (someone
   * published meanwhile, even this change in an attempt whose outcome was lost), a rule the change
   * breaks on that data, or an effect it seems to have already (only fresh data may say so).
   *
   * @return false if nothing was published and the caller must read afresh
   */
  private boolean publishedOnRecentRead(ChangeRequest request, TrustedRepository filed) {
    Gun gun = request.gun();
    CurrentTrust then = CurrentTrust.of(filed);
    PublishResult result;
    List<Change> changes;
    try {
      if (request.change().isIn(then)) {
        return false;
      }
      request.change().check(then);
      changes = request.change().toBridge(then);
      pins.expect(filed, changes);
      result = bridge.publishOnce(filed, changes);
    } catch (ServerUnreachableException | NotaryUnavailableException unreachable) {
      throw unreachable;
    } catch (RuntimeException stale) {
      LOG.log(
          Level.FINE,
          "change {0}: the trust data read when it was filed is stale ({1}); reading afresh",
          new Object[] {request.id(), stale.toString()});
      return false;
    }
    pins.published(gun, result);
    keepDropped(request, filed, changes);
    published(request, result.versions(), "Published in 1 upload(s): " + result.versions() + ".");
    return true;
  }

  private static boolean keepsDroppedTags(TrustChange change) {
    return change instanceof TrustChange.RemoveSigner
        || change instanceof TrustChange.RemoveSignerKey;
  }

  /**
   * A removal keeps the tags it left in no role (held only in the role it deleted), so that the
   * trust page lists them, and who can sign them again, until they verify again.
   */
  private static void keepDropped(
      ChangeRequest request, TrustedRepository base, List<Change> changes) {
    if (keepsDroppedTags(request.change())) {
      List<OrphanedTag> dropped =
          TagImpacts.orphaned(TrustDetails.of(base), ChangeEffects.of(changes));
      if (!dropped.isEmpty()) {
        request.dropped(DroppedTags.json(dropped));
      }
    }
  }

  /**
   * Initialises the repository's trust data. If notary-server has some already, it is taken as the
   * outcome of an earlier attempt (lost with a crash) only if its root names a root key the portal
   * holds; anything else someone else made, and the portal never adopts it: the change fails.
   */
  private void initialise(ChangeRequest request) {
    Gun gun = request.gun();
    Map<RoleName, Integer> versions;
    String note;
    Optional<TrustedRepository> existing = existingTrust(gun);
    if (existing.isPresent()) {
      TrustedRepository found = existing.get();
      if (!pins.holdsRootKeyOf(found)) {
        throw new TrustDataNotMadeByPortalException(gun.value(), found.root().signed().version());
      }
      pins.adopted(found);
      versions = Map.of(RoleName.ROOT, found.root().signed().version());
      note = "Its trust data was on notary-server already; nothing was uploaded.";
    } else {
      PublishResult result = bridge.initialise(gun);
      pins.initialised(gun, result);
      versions = result.versions();
      note = "Trust data initialised on notary-server: " + result.versions() + ".";
    }
    request.repository().initialised();
    published(request, versions, note);
  }

  /**
   * The trust data on notary-server, trusting its root on first use, or empty if there is no
   * root.json.
   */
  private Optional<TrustedRepository> existingTrust(Gun gun) {
    try {
      return Optional.of(bridge.fetch(gun));
    } catch (MissingMetadataException none) {
      if (!RoleName.ROOT.equals(none.role())) {
        throw none;
      }
      return Optional.empty();
    }
  }

  private void published(ChangeRequest request, Map<RoleName, Integer> versions, String note) {
    Instant now = clock.instant();
    request.published(ChangeViews.versionsJson(versions), now);
    outbox.remove(request.id());
    metrics.published(Duration.between(request.filedAt(), now));
    // A removed signer's account no longer pushes to the GUN as that signer.
    if (request.change() instanceof TrustChange.RemoveSigner removed) {
      links.unlink(request.gun().value(), removed.name());
    }
    audit.record(
        ChangeAudit.of(
            request, ChangeAudit.PUBLISHER, "change.published", Outcome.SUCCEEDED, note));
  }

  private void recordFailure(ChangeRequest request, RuntimeException failure) {
    String reason =
        failure instanceof PortalException || failure instanceof ChangeRejectedException
            ? failure.getMessage()
            : NotaryFailures.describe(request.gun(), failure);
    boolean finalFailure = PublishOutcome.of(failure) == PublishOutcome.FAIL;
    metrics.publishFailed(failure.getClass(), finalFailure);
    if (finalFailure) {
      request.fail(reason, clock.instant());
      outbox.remove(request.id());
      audit.record(
          ChangeAudit.of(request, ChangeAudit.PUBLISHER, "change.failed", Outcome.FAILED, reason));
    } else {
      LOG.log(Level.INFO, "change {0} not published yet: {1}", new Object[] {request.id(), reason});
      retry(request, reason);
    }
  }

  private void retry(ChangeRequest request, String reason) {
    Instant now = clock.instant();
    Instant next = now.plus(Backoff.after(request.attempts()));
    request.retryAt(next, reason, now);
    outbox.retryAt(request.id(), next);
  }

  private ChangeRequest request(long changeId) {
    return changes
        .find(changeId)
        .orElseThrow(() -> new IllegalStateException("queued change " + changeId + " is gone"));
  }
}
