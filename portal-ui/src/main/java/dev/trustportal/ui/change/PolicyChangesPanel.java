package dev.trustportal.ui.change;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.trustportal.portal.approval.ApprovalChallenge;
import dev.trustportal.portal.approval.ApprovalService;
import dev.trustportal.portal.approval.PolicyChange;
import dev.trustportal.portal.approval.PolicyProposal;
import dev.trustportal.portal.approval.SubjectRef;
import dev.trustportal.portal.approval.Tally;
import dev.trustportal.portal.change.ChangeType;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.ui.component.ReasonDialog;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.webauthn.WebAuthnCeremony;
import java.util.ArrayList;
import java.util.List;

/**
 * The organisation's policy changes waiting for approval, each with what it would set, the
 * approvals so far, and for owners the buttons to approve it with a security key or reject it with
 * a reason.
 */
class PolicyChangesPanel extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient ApprovalService approvals;
  private final String organisation;
  private final Span status = new Span();
  private final Runnable decided;

  /**
   * @param decided told after an approval or rejection here, so that a form showing the policy can
   *     show the one that now applies
   */
  PolicyChangesPanel(ApprovalService approvals, String organisation, Runnable decided) {
    this.approvals = approvals;
    this.organisation = organisation;
    this.decided = decided;
    setId("policy-changes");
    setPadding(false);
    status.setId("policy-change-status");
    refresh();
  }

  private void refresh() {
    removeAll();
    List<PolicyChange> pending = approvals.pendingPolicyChanges(organisation);
    setVisible(!pending.isEmpty());
    add(new H4(getTranslation("policy.changes.title")));
    pending.forEach(change -> add(row(change)));
    add(status);
  }

  private HorizontalLayout row(PolicyChange change) {
    Span what =
        new Span(
            getTranslation(
                "policy.changes.row",
                change.id(),
                change.requestedBy(),
                text(change),
                change.tally().given(),
                change.tally().needed()));
    what.setId("policy-change-" + change.id());
    Button approve =
        new Button(
            getTranslation("approve.with-key"), VaadinIcon.KEY.create(), event -> approve(change));
    approve.setId("approve-policy-change-" + change.id());
    approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
    Button reject =
        new Button(getTranslation("changes.reject"), event -> rejectDialog(change).open());
    reject.setId("reject-policy-change-" + change.id());
    reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
    HorizontalLayout row = new HorizontalLayout(what, approve, reject);
    row.setAlignItems(Alignment.CENTER);
    return row;
  }

  private void approve(PolicyChange change) {
    SubjectRef ref = SubjectRef.policyChange(organisation, change.id());
    ApprovalChallenge challenge;
    try {
      challenge = approvals.challenge(ref);
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
        assertion -> signed(ref, assertion),
        error -> status.setText(getTranslation("policy.changes.cancelled", error)));
  }

  private void signed(SubjectRef ref, String assertion) {
    try {
      Tally tally = approvals.approve(ref, assertion);
      Notification.show(
              getTranslation("policy.changes.approved", ref.id(), tally.given(), tally.needed()))
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      refresh();
      decided.run();
    } catch (PortalException refused) {
      status.setText(PortalMessages.of(this, refused));
    }
  }

  private ReasonDialog rejectDialog(PolicyChange change) {
    ReasonDialog.Texts texts =
        new ReasonDialog.Texts(
            "reject",
            getTranslation("policy.changes.reject-title", change.id()),
            text(change),
            getTranslation("reject.reason"),
            getTranslation("reject.confirm"),
            getTranslation("approve.cancel"));
    return new ReasonDialog(
        "reject-policy-change-dialog",
        texts,
        reason -> approvals.reject(SubjectRef.policyChange(organisation, change.id()), reason),
        () -> {
          refresh();
          decided.run();
        });
  }

  /** What the change would set, in the reader's language. */
  private String text(PolicyChange change) {
    PolicyProposal proposal = change.proposal();
    List<String> parts = new ArrayList<>();
    proposal
        .approvals()
        .forEach(
            (type, n) ->
                parts.add(
                    getTranslation(
                        "policy.changes.count",
                        ChangeTexts.type(this, ChangeType.valueOf(type)),
                        n)));
    proposal.selfApproval().ifPresent(allowed -> parts.add(getTranslation("policy.self-approval")));
    proposal
        .openHours()
        .ifPresent(hours -> parts.add(getTranslation("policy.changes.hours", hours)));
    proposal
        .requiredKeys()
        .ifPresent(keys -> parts.add(getTranslation("policy.required-keys." + keys.name())));
    return String.join("; ", parts);
  }
}
