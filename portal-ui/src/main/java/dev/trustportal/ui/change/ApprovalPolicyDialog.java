package dev.trustportal.ui.change;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.trustportal.portal.approval.ApprovalPolicy;
import dev.trustportal.portal.approval.ApprovalService;
import dev.trustportal.portal.approval.PolicyDecision;
import dev.trustportal.portal.change.ChangeType;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.securitykey.RequiredKeys;
import dev.trustportal.ui.i18n.PortalMessages;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * An owner sets the organisation's approval policy: owners per type of change, self-approval, open
 * period and which security keys count. What weakens it is filed for the owners' approval; the
 * changes waiting are listed below the form, to approve with a security key or reject.
 */
class ApprovalPolicyDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final Map<ChangeType, IntegerField> owners = new EnumMap<>(ChangeType.class);
  private final Checkbox selfApproval = new Checkbox();
  private final IntegerField openHours = new IntegerField();
  private final Select<RequiredKeys> requiredKeys = new Select<>();
  private final Span error = new Span();

  ApprovalPolicyDialog(ApprovalService approvals, String organisation) {
    setId("approval-policy-dialog");
    setHeaderTitle(getTranslation("policy.title", organisation));
    FormLayout form = new FormLayout();
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    // Labels such as "Owners to approve: Initialise repository" stay on one line beside their
    // field.
    form.addClassName("tp-wide-labels");
    setWidth("min(44rem, 95vw)");
    for (ChangeType type : ChangeType.values()) {
      if (!type.approvable()) {
        continue;
      }
      IntegerField field = new IntegerField();
      field.setId("policy-" + type.name());
      field.setStepButtonsVisible(true);
      owners.put(type, field);
      form.addFormItem(field, getTranslation("policy.owners-for", ChangeTexts.type(this, type)));
    }
    selfApproval.setId("policy-self-approval");
    selfApproval.setLabel(getTranslation("policy.self-approval"));
    openHours.setId("policy-open-hours");
    openHours.setMin(1);
    requiredKeys.setId("policy-required-keys");
    requiredKeys.setWidth("22em");
    requiredKeys.setItems(RequiredKeys.values());
    requiredKeys.setItemLabelGenerator(
        keys -> getTranslation("policy.required-keys." + keys.name()));
    form.add(selfApproval);
    form.addFormItem(openHours, getTranslation("policy.open-hours"));
    form.addFormItem(requiredKeys, getTranslation("policy.required-keys"));
    error.setId("policy-error");
    error.addClassName("tp-error-text");
    show(approvals.policy(organisation));
    // A change approved or rejected below may have changed the policy the form started from.
    add(
        form,
        error,
        new PolicyChangesPanel(
            approvals, organisation, () -> show(approvals.policy(organisation))));
    Button save = new Button(getTranslation("policy.save"), event -> save(approvals, organisation));
    save.setId("save-approval-policy");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("approve.cancel"), event -> close()), save);
  }

  /** Fills the form with the policy that applies. */
  private void show(ApprovalPolicy policy) {
    owners.forEach(
        (type, field) -> {
          int current = policy.approvals().getOrDefault(type.name(), 0);
          // A root-key type, once raised, needs at least one owner; its unset 0 may stay.
          field.setMin(type.usesRootKey() && current > 0 ? 1 : 0);
          field.setValue(current);
        });
    selfApproval.setValue(policy.selfApproval());
    openHours.setValue(policy.openHours());
    requiredKeys.setValue(policy.requiredKeys());
  }

  private void save(ApprovalService approvals, String organisation) {
    Map<String, Integer> numbers = new HashMap<>();
    owners.forEach(
        (type, field) -> numbers.put(type.name(), field.getValue() == null ? 0 : field.getValue()));
    try {
      PolicyDecision decision =
          approvals.setPolicy(
              organisation,
              numbers,
              selfApproval.getValue(),
              openHours.getValue(),
              requiredKeys.getValue().name());
      // A weakening waits for the owners' approvals; say so rather than let the form look applied.
      decision
          .filed()
          .ifPresent(
              filed ->
                  Notification.show(
                          getTranslation("policy.filed", filed.id(), filed.tally().needed()))
                      .addThemeVariants(NotificationVariant.LUMO_CONTRAST));
      close();
    } catch (PortalException refused) {
      error.setText(PortalMessages.of(this, refused));
    }
  }
}
