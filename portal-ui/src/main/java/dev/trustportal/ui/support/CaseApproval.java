package dev.trustportal.ui.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import dev.trustportal.portal.approval.ApprovalChallenge;
import dev.trustportal.portal.approval.ApprovalService;
import dev.trustportal.portal.approval.SubjectRef;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.support.CaseDetails;
import dev.trustportal.portal.support.SupportDesk;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.webauthn.WebAuthnCeremony;
import java.io.Serializable;

/**
 * Approving a support case with a security key, as changes are approved: a fresh challenge bound to
 * the case's digest, a touch of the key in the browser, then the service verifies the assertion.
 * Cancelling the browser's prompt leaves the case waiting.
 */
final class CaseApproval implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Component host;
  private final transient SupportDesk desk;
  private final transient ApprovalService approvals;
  private final CaseDetails supportCase;
  private final SerializableConsumer<CaseDetails> approved;
  private final SerializableConsumer<String> say;

  CaseApproval(
      Component host,
      SupportDesk desk,
      ApprovalService approvals,
      CaseDetails supportCase,
      SerializableConsumer<CaseDetails> approved,
      SerializableConsumer<String> say) {
    this.host = host;
    this.desk = desk;
    this.approvals = approvals;
    this.supportCase = supportCase;
    this.approved = approved;
    this.say = say;
  }

  void start() {
    ApprovalChallenge challenge;
    try {
      challenge = approvals.challenge(SubjectRef.supportCase(supportCase.id()));
    } catch (PortalException refused) {
      say.accept(message(refused));
      return;
    }
    if (challenge.options().allowCredentials().isEmpty()) {
      say.accept(host.getTranslation("approve.no-keys"));
      return;
    }
    say.accept(host.getTranslation("approve.touch"));
    WebAuthnCeremony.get(
        host,
        challenge.options(),
        this::signed,
        error -> say.accept(host.getTranslation("support.case.approve.cancelled", error)));
  }

  private void signed(String assertion) {
    try {
      approvals.approve(SubjectRef.supportCase(supportCase.id()), assertion);
      approved.accept(desk.get(supportCase.id()));
    } catch (PortalException refused) {
      say.accept(message(refused));
    }
  }

  private String message(PortalException refused) {
    return PortalMessages.of(host, refused);
  }
}
