package dev.trustportal.portal.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The event types a webhook may subscribe to, by their wire name, and the audit actions that
 * produce them: every event the organisation's audit chain records in the same transaction as the
 * change itself, so a webhook event exists exactly when the audited change committed.
 */
public enum WebhookEvent {
  CHANGE_FILED("change.filed", "change.filed"),
  CHANGE_APPROVED("change.approved", "change.approved"),
  CHANGE_PUBLISHED("change.published", "change.published"),
  CHANGE_FAILED("change.failed", "change.failed"),
  SIGNER_REQUEST_FILED("signer_request.filed", "signer_request.filed"),
  SIGNER_REQUEST_DECIDED(
      "signer_request.decided", "signer_request.accepted", "signer_request.declined"),
  SUPPORT_CASE_OPENED("support_case.opened", "support.case_opened"),
  SUPPORT_CASE_CARRIED_OUT("support_case.carried_out", "support.case_done"),
  RESET_NOTICE("reset.notice", "support.step.notice"),
  DIVERGED("repository.diverged", "repository.diverged"),
  /** A role expires within the radar's window: once per repository, role and expiry. */
  EXPIRING("repository.expiring", "repository.expiring"),
  /** Sent by "send test event" only; no hook subscribes to it. */
  TEST("webhook.test");

  private final String wireName;
  private final Set<String> auditActions;

  WebhookEvent(String wireName, String... auditActions) {
    this.wireName = wireName;
    this.auditActions = Set.of(auditActions);
  }

  public String wireName() {
    return wireName;
  }

  /** The types an owner may choose, in the order the UI lists them. */
  public static List<WebhookEvent> subscribable() {
    return Arrays.stream(values()).filter(e -> e != TEST).toList();
  }

  /** The event an audit action stands for, if any. */
  public static Optional<WebhookEvent> ofAuditAction(String action) {
    return Arrays.stream(values()).filter(e -> e.auditActions.contains(action)).findFirst();
  }

  /** The subscribable type of a wire name; anything else is refused with the list of known ones. */
  public static WebhookEvent parse(String wireName) {
    return subscribable().stream()
        .filter(e -> e.wireName.equals(wireName))
        .findFirst()
        .orElseThrow(() -> InvalidWebhookException.unknownEvent(String.valueOf(wireName)));
  }

  /** The wire names of {@link #subscribable()}, for messages and the API's description. */
  public static String known() {
    return String.join(", ", subscribable().stream().map(WebhookEvent::wireName).toList());
  }
}
