package dev.trustportal.ui.support;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.support.CaseDetails;
import dev.trustportal.portal.support.CaseKind;
import dev.trustportal.portal.support.OpenCase;
import dev.trustportal.portal.support.SupportDesk;
import dev.trustportal.ui.i18n.PortalMessages;
import java.util.Map;
import java.util.Optional;

/**
 * Opening a support case for one repository: its kind, the ticket it answers and why. The service
 * judges the input; its verdict is shown on the field it is about. Nothing happens to the
 * repository yet: the case view shows the plan, which needs approvals before it is carried out.
 */
class OpenCaseDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final transient SupportDesk desk;
  private final String gun;
  private final SerializableConsumer<CaseDetails> opened;
  private final Select<CaseKind> kind = new Select<>();
  private final TextField ticket = new TextField();
  private final TextArea reason = new TextArea();
  private final TextField signer = new TextField();
  private final TextField keyId = new TextField();
  private final Span status = new Span();

  OpenCaseDialog(SupportDesk desk, String gun, SerializableConsumer<CaseDetails> opened) {
    this.desk = desk;
    this.gun = gun;
    this.opened = opened;
    setId("open-case-dialog");
    setHeaderTitle(getTranslation("support.open.title"));
    setWidth("min(40rem, 95vw)");
    FormLayout form = new FormLayout();
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    Span repository = new Span(gun);
    repository.setId("open-case-gun");
    form.addFormItem(repository, getTranslation("support.open.gun"));
    form.add(
        kindField(),
        textField(ticket, "open-case-ticket", "support.open.ticket"),
        reasonField(),
        textField(signer, "open-case-signer", "support.open.signer"),
        textField(keyId, "open-case-key-id", "support.open.key-id"));
    showSignerFields(false);
    status.setId("open-case-status");
    status.addClassName("tp-error-text");
    add(new Span(getTranslation("support.open.explain")), form, status);
    Button open = new Button(getTranslation("support.open.submit"), event -> submit());
    open.setId("open-case-submit");
    open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("support.open.cancel"), event -> close());
    cancel.setId("open-case-cancel");
    getFooter().add(cancel, open);
  }

  private Select<CaseKind> kindField() {
    kind.setId("open-case-kind");
    kind.setLabel(getTranslation("support.open.kind"));
    kind.setItems(CaseKind.values());
    kind.setItemLabelGenerator(k -> getTranslation("support.kind." + k.name()));
    kind.setHelperText(getTranslation("support.open.kind.help"));
    kind.addValueChangeListener(
        event -> {
          kind.setInvalid(false);
          showSignerFields(event.getValue() == CaseKind.SIGNER_KEY_LOSS);
        });
    return kind;
  }

  private TextArea reasonField() {
    reason.setId("open-case-reason");
    reason.setLabel(getTranslation("support.open.reason"));
    reason.setHelperText(getTranslation("support.open.reason.help"));
    reason.setManualValidation(true);
    reason.addValueChangeListener(event -> reason.setInvalid(false));
    return reason;
  }

  private static TextField textField(TextField field, String id, String labelKey) {
    field.setId(id);
    field.setLabel(field.getTranslation(labelKey));
    field.setManualValidation(true);
    field.addValueChangeListener(event -> field.setInvalid(false));
    return field;
  }

  private void showSignerFields(boolean visible) {
    signer.setVisible(visible);
    keyId.setVisible(visible);
  }

  private void submit() {
    status.setText("");
    if (kind.getValue() == null) {
      kind.setErrorMessage(getTranslation("support.open.kind.required"));
      kind.setInvalid(true);
      return;
    }
    boolean signerLoss = kind.getValue() == CaseKind.SIGNER_KEY_LOSS;
    OpenCase command =
        new OpenCase(
            gun,
            kind.getValue().name(),
            ticket.getValue(),
            reason.getValue(),
            signerLoss ? signer.getValue() : null,
            signerLoss ? keyId.getValue() : null);
    try {
      CaseDetails created = desk.open(command);
      close();
      opened.accept(created);
    } catch (PortalException refused) {
      showVerdict(refused);
    }
  }

  /** On the field the failure is about, else under the form. */
  private void showVerdict(PortalException refused) {
    String message = PortalMessages.of(this, refused);
    Map<String, HasValidation> fields =
        Map.of(
            "invalid_case_kind",
            kind,
            "invalid_ticket",
            ticket,
            "invalid_reason",
            reason,
            "invalid_signer",
            signer,
            "unknown_signer_key",
            signer,
            "invalid_key_id",
            keyId);
    Optional.ofNullable(fields.get(refused.code()))
        .ifPresentOrElse(
            field -> {
              field.setErrorMessage(message);
              field.setInvalid(true);
            },
            () -> status.setText(message));
  }
}
