package dev.trustportal.ui.rootcustody;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.rootcustody.CustodyDecision;
import dev.trustportal.portal.rootcustody.CustodyMode;
import dev.trustportal.portal.rootcustody.CustodyService;
import dev.trustportal.portal.rootcustody.RootCustody;
import dev.trustportal.ui.i18n.PortalMessages;
import java.util.stream.Collectors;

/**
 * The organisation's root custody setting for owners: the mode, the threshold and the custodians
 * now; in SERVER custody the request to switch to OWNERS custody M of N, in OWNERS custody the
 * request to return root custody to the portal (after a confirmation that says what is given up).
 * Either is filed as a custody change for the owners' approval (or applied at once where the policy
 * asks none). The service validates; this binds.
 */
public class CustodySettingsPanel extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient CustodyService custody;
  private final String organisation;
  private final Paragraph state = new Paragraph();
  private final Paragraph outcome = new Paragraph();
  private final IntegerField threshold = new IntegerField();
  private final Button request = new Button();
  private final Button giveBack = new Button();

  public CustodySettingsPanel(CustodyService custody, String organisation) {
    this.custody = custody;
    this.organisation = organisation;
    setId("custody-settings");
    setPadding(false);
    state.setId("custody-settings-state");
    outcome.setId("custody-settings-outcome");
    threshold.setId("custody-threshold");
    threshold.setLabel(getTranslation("custody.settings.threshold"));
    threshold.setMin(1);
    threshold.setStepButtonsVisible(true);
    request.setId("custody-request");
    request.setText(getTranslation("custody.settings.request"));
    request.addClickListener(e -> requestOwners());
    giveBack.setId("custody-return");
    giveBack.setText(getTranslation("custody.settings.return"));
    giveBack.addClickListener(e -> confirmReturn());
    add(new H3(getTranslation("custody.settings.title")), state);
    show(custody.custody(organisation));
  }

  private void show(RootCustody now) {
    showState(now);
    if (now.mode() == CustodyMode.SERVER) {
      threshold.setValue(Math.min(2, Math.max(1, now.custodians().size())));
      add(new HorizontalLayout(threshold, request), outcome);
      setAlignItems(Alignment.START);
    } else {
      add(giveBack, outcome);
      setAlignItems(Alignment.START);
    }
  }

  private void showState(RootCustody now) {
    String custodians =
        now.custodians().isEmpty()
            ? getTranslation("custody.settings.no-custodians")
            : now.custodians().stream()
                .map(c -> c.username() + " (" + c.keyName() + ")")
                .collect(Collectors.joining(", "));
    state.setText(
        now.mode() == CustodyMode.OWNERS
            ? getTranslation("custody.settings.owners", now.threshold(), custodians)
            : getTranslation("custody.settings.server", custodians));
  }

  private void requestOwners() {
    try {
      CustodyDecision decision =
          custody.requestCustody(organisation, CustodyMode.OWNERS.name(), threshold.getValue());
      shown(
          decision,
          decision
              .filed()
              .map(
                  c ->
                      getTranslation(
                          "custody.settings.filed", c.id(), c.threshold(), c.approvalsNeeded()))
              .orElseGet(() -> getTranslation("custody.settings.applied")));
      request.setEnabled(false);
    } catch (PortalException refused) {
      refused(refused);
    }
  }

  private void confirmReturn() {
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setId("custody-return-dialog");
    confirm.setHeader(getTranslation("custody.settings.return-confirm-title"));
    confirm.setText(
        getTranslation(
            "custody.settings.return-confirm-text", custody.custody(organisation).threshold()));
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("trust.remove.cancel"));
    confirm.setConfirmText(getTranslation("custody.settings.return-confirm"));
    confirm.setConfirmButtonTheme("error primary");
    confirm.addConfirmListener(e -> requestServer());
    confirm.open();
  }

  private void requestServer() {
    try {
      CustodyDecision decision =
          custody.requestCustody(organisation, CustodyMode.SERVER.name(), null);
      shown(
          decision,
          decision
              .filed()
              .map(
                  c -> getTranslation("custody.settings.filed-server", c.id(), c.approvalsNeeded()))
              .orElseGet(() -> getTranslation("custody.settings.applied-server")));
      giveBack.setEnabled(false);
    } catch (PortalException refused) {
      refused(refused);
    }
  }

  private void shown(CustodyDecision decision, String text) {
    outcome.removeClassName("tp-error-text");
    outcome.setText(text);
    showState(decision.custody());
  }

  private void refused(PortalException refused) {
    outcome.addClassName("tp-error-text");
    outcome.setText(PortalMessages.of(this, refused));
  }
}
