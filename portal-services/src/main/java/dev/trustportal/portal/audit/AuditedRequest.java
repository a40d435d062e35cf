package dev.trustportal.portal.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The request being served, as far as the audit log cares: what it asked for, in the web tier's
 * words ({@code GET /api/v1/orgs/acme/members}, {@code view orgs/acme/members}), and whether a
 * refusal has been recorded for it already. Request-scoped, so that the web tier and every bean the
 * request calls share one instance; the services know nothing of HTTP, so the web tier describes
 * the request.
 */
@RequestScoped
public class AuditedRequest {

  private String description;
  private boolean denialRecorded;

  /** Says what the request asks for; a later description (a view rerouted to) replaces it. */
  public void describe(String description) {
    this.description = description;
  }

  /** Says what the request asks for, unless that has been said already. */
  public void describeIfUnknown(String description) {
    if (this.description == null) {
      this.description = description;
    }
  }

  Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** Whether no refusal has been recorded for this request yet; from now on, one has. */
  boolean firstDenial() {
    boolean first = !denialRecorded;
    denialRecorded = true;
    return first;
  }
}
