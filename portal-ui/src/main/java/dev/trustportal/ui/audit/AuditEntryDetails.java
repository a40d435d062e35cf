package dev.trustportal.ui.audit;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import dev.trustportal.portal.audit.AuditEntry;

/**
 * An event opened in the grid: the whole detail with its line breaks, the whole target, the action
 * code and the hashes, instead of what fits in a row.
 */
class AuditEntryDetails extends FormLayout {

  private static final long serialVersionUID = 1L;

  AuditEntryDetails(AuditEntry entry) {
    addClassName("tp-medium-labels");
    setResponsiveSteps(new ResponsiveStep("0", 1, ResponsiveStep.LabelsPosition.ASIDE));
    item("audit-details-detail", "audit.details.detail", entry.detail(), "tp-code");
    item("audit-details-target", "audit.details.target", entry.target(), "tp-wrap-anywhere");
    item("audit-details-code", "audit.details.code", entry.action(), "tp-mono");
    item("audit-details-hash", "audit.details.hash", entry.hash(), "tp-mono");
    item("audit-details-previous", "audit.details.previous", entry.previousHash(), "tp-mono");
  }

  private void item(String className, String label, String value, String style) {
    Span text = new Span(value == null ? "\u2014" : value);
    text.addClassNames(className, style, "tp-wrap-anywhere");
    addFormItem(text, getTranslation(label));
  }
}
