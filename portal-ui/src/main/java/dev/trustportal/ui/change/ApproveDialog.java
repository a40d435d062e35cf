package dev.trustportal.ui.change;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.trustportal.portal.approval.ApprovalChallenge;
import dev.trustportal.portal.approval.ApprovalService;
import dev.trustportal.portal.approval.SubjectRef;
import dev.trustportal.portal.approval.Tally;
import dev.trustportal.portal.change.ChangeDetails;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.webauthn.WebAuthnCeremony;

/**
 * Approving one change with a security key: the change in plain words and its digest, then a touch
 * of the key over a challenge derived from that digest. Cancelling the browser's prompt leaves the
 * change pending.
 */
class ApproveDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final transient ApprovalService approvals;
  private final ChangeDetails change;
  private final Runnable onApproved;
  private final Span status = new Span();

  ApproveDialog(ApprovalService approvals, ChangeDetails change, Runnable onApproved) {
    this.approvals = approvals;
    this.change = change;
    this.onApproved = onApproved;
    setId("approve-dialog");
    setHeaderTitle(getTranslation("approve.title", change.id()));
    setWidth("min(44rem, 95vw)");
    FormLayout details = new FormLayout();
    details.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    details.addFormItem(new Span(change.gun()), getTranslation("change.details.repository"));
    Span summary = new Span(ChangeTexts.summary(this, change));
    summary.setId("approve-summary");
    details.addFormItem(summary, getTranslation("change.details.summary"));
    details.addFormItem(
        new Span(change.requestedBy()), getTranslation("change.details.requested-by"));
    details.addFormItem(
        new Span(
            getTranslation(
                "change.details.approvals.count",
                change.approvalsGiven(),
                change.approvalsNeeded())),
        getTranslation("change.details.approvals"));
    Pre digest = new Pre(change.digest());
    digest.setId("approve-digest");
    digest.addClassName("tp-code");
    details.addFormItem(digest, getTranslation("change.details.digest"));
    status.setId("approve-status");
    add(details, new Span(getTranslation("approve.explain")), status);

    Button approve =
        new Button(getTranslation("approve.with-key"), VaadinIcon.KEY.create(), event -> approve());
    approve.setId("approve-with-key");
    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("approve.cancel"), event -> close());
    cancel.setId("approve-cancel");
    getFooter().add(cancel, approve);
  }

  private void approve() {
    ApprovalChallenge challenge;
    try {
      challenge = approvals.challenge(subject());
    } catch (PortalException refused) {
      status.setText(PortalMessages.of(this, refused));
      return;
    }
    if (challenge.options().allowCredentials().isEmpty()) {
      status.setText(getTranslation("approve.no-keys"));
      return;
    }
    status.setText(getTranslation("approve.touch"));
    WebAuthnCeremony.get(
        this,
        challenge.options(),
        this::signed,
        error -> status.setText(getTranslation("approve.cancelled", error)));
  }

  private void signed(String assertion) {
    try {
      Tally approved = approvals.approve(subject(), assertion);
      close();
      Notification.show(
              getTranslation("approve.done", change.id(), approved.given(), approved.needed()))
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      onApproved.run();
    } catch (PortalException refused) {
      status.setText(PortalMessages.of(this, refused));
    }
  }

  private SubjectRef subject() {
    return SubjectRef.change(change.organisation(), change.id());
  }
}
