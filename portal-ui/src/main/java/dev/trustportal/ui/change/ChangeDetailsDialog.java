package dev.trustportal.ui.change;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import dev.trustportal.portal.change.ChangeDetails;
import dev.trustportal.ui.component.Times;
import java.time.Instant;

/**
 * Everything about one change request: what it does, where it is, and the canonical payload with
 * its SHA-256 digest, which is exactly what approvers approve (so that {@code sha256sum} of the
 * payload shown gives the digest shown).
 */
public class ChangeDetailsDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  public ChangeDetailsDialog(ChangeDetails change) {
    setId("change-details-dialog");
    setHeaderTitle(getTranslation("change.details.title", change.id()));
    setWidth("min(52rem, 95vw)");
    FormLayout details = new FormLayout();
    details.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    details.addClassName("tp-medium-labels");
    details.addFormItem(new Span(change.gun()), getTranslation("change.details.repository"));
    details.addFormItem(
        new Span(ChangeTexts.type(this, change.type())), getTranslation("change.details.type"));
    details.addFormItem(
        new Span(ChangeTexts.summary(this, change)), getTranslation("change.details.summary"));
    details.addFormItem(
        new ChangeStateBadge(change.state()), getTranslation("change.details.state"));
    details.addFormItem(
        new Span(ChangeTexts.progress(this, change)), getTranslation("change.details.progress"));
    details.addFormItem(
        new Span(change.requestedBy()), getTranslation("change.details.requested-by"));
    details.addFormItem(new Span(time(change.filedAt())), getTranslation("change.details.filed"));
    details.addFormItem(
        new Span(time(change.updatedAt())), getTranslation("change.details.updated"));
    details.addFormItem(
        new Span(
            getTranslation(
                "change.details.approvals.count",
                change.approvalsGiven(),
                change.approvalsNeeded())),
        getTranslation("change.details.approvals"));
    details.addFormItem(
        new Span(String.valueOf(change.attempts())), getTranslation("change.details.attempts"));
    change
        .nextAttemptAt()
        .ifPresent(
            at ->
                details.addFormItem(
                    new Span(time(at)), getTranslation("change.details.next-attempt")));
    change
        .lastError()
        .ifPresent(
            error ->
                details.addFormItem(
                    text(error, "change-last-error"), getTranslation("change.details.last-error")));
    change
        .failure()
        .ifPresent(
            failure ->
                details.addFormItem(
                    text(failure, "change-failure"), getTranslation("change.details.failure")));
    details.addFormItem(
        code(change.digest(), "change-digest"), getTranslation("change.details.digest"));
    details.addFormItem(
        code(change.payload(), "change-payload"), getTranslation("change.details.payload"));
    add(details);

    Button close = new Button(getTranslation("change.details.close"), event -> close());
    close.setId("close-change-details");
    getFooter().add(close);
  }

  private String time(Instant instant) {
    return Times.format(instant, getLocale());
  }

  private static Span text(String text, String id) {
    Span span = new Span(text);
    span.setId(id);
    span.addClassName("tp-error-text");
    return span;
  }

  /** Long unbroken hex and JSON wrap anywhere instead of widening the dialog. */
  private static Component code(String text, String id) {
    Pre pre = new Pre(text);
    pre.setId(id);
    pre.addClassNames("tp-code", "tp-small");
    return pre;
  }
}
