package dev.trustportal.ui.audit;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.trustportal.portal.audit.AuditFilter;
import dev.trustportal.portal.audit.InvalidAuditFilterException;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.ui.i18n.PortalMessages;
import java.util.List;
import java.util.function.Consumer;

/**
 * The audit log's filters: actor, action, repository, outcome, a range of days and text in the
 * details. It knows no service: it turns what is typed into an {@link AuditFilter} (whose rules
 * refuse a range that ends before it starts) and hands it on; a refusal is shown under the fields.
 */
class AuditFilterBar extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final TextField actor = new TextField();
  private final ComboBox<String> action = new ComboBox<>();
  private final TextField gun = new TextField();
  private final ComboBox<Outcome> outcome = new ComboBox<>();
  private final DatePicker from = new DatePicker();
  private final DatePicker to = new DatePicker();
  private final TextField text = new TextField();
  private final Paragraph error = new Paragraph();
  private final transient Consumer<AuditFilter> changed;

  AuditFilterBar(Consumer<AuditFilter> changed) {
    this.changed = changed;
    setPadding(false);
    setSpacing(false);
    text("audit-filter-actor", actor, "audit.filter.actor");
    action.setId("audit-filter-action");
    action.setLabel(getTranslation("audit.filter.action"));
    action.setItemLabelGenerator(code -> AuditActions.label(this, code));
    action.setClearButtonVisible(true);
    text("audit-filter-gun", gun, "audit.filter.gun");
    actor.setWidth("9em");
    action.setWidth("13em");
    gun.setWidth("15em");
    outcome.setWidth("9em");
    text.setWidth("13em");
    outcome.setId("audit-filter-outcome");
    outcome.setLabel(getTranslation("audit.filter.outcome"));
    outcome.setItems(Outcome.values());
    outcome.setItemLabelGenerator(o -> getTranslation("audit.outcome." + o.name()));
    outcome.setClearButtonVisible(true);
    day("audit-filter-from", from, "audit.filter.from");
    day("audit-filter-to", to, "audit.filter.to");
    text("audit-filter-text", text, "audit.filter.text");
    text.setPrefixComponent(VaadinIcon.SEARCH.create());
    Button clear = new Button(getTranslation("audit.filter.clear"), event -> clear());
    clear.setId("audit-filter-clear");
    clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    error.setId("audit-filter-error");
    error.addClassName("tp-error-text");
    error.setVisible(false);

    FlexLayout fields = new FlexLayout(actor, action, gun, outcome, from, to, text, clear);
    fields.addClassNames("tp-wrap", "tp-gap-xs");
    fields.setAlignItems(Alignment.BASELINE);
    add(fields, error);
    List.<HasValue<?, ?>>of(action, outcome, from, to)
        .forEach(field -> field.addValueChangeListener(event -> fire()));
  }

  /** The actions the chain holds, by their labels. */
  void offerActions(List<String> codes) {
    action.setItems(codes);
  }

  private void text(String id, TextField field, String label) {
    field.setId(id);
    field.setLabel(getTranslation(label));
    field.setClearButtonVisible(true);
    // Typing filters after a pause, not on every key.
    field.setValueChangeMode(ValueChangeMode.LAZY);
    field.addValueChangeListener(event -> fire());
  }

  private void day(String id, DatePicker field, String label) {
    field.setId(id);
    field.setLabel(getTranslation(label));
    field.setClearButtonVisible(true);
    field.setWidth("10.5em");
  }

  private void clear() {
    List.<AbstractField<?, ?>>of(actor, action, gun, outcome, from, to, text)
        .forEach(AbstractField::clear);
    fire();
  }

  private void fire() {
    try {
      AuditFilter filter =
          AuditFilter.ofDays(
              actor.getValue(),
              action.getValue(),
              gun.getValue(),
              outcome.getValue(),
              from.getValue(),
              to.getValue(),
              text.getValue());
      error.setVisible(false);
      changed.accept(filter);
    } catch (InvalidAuditFilterException refused) {
      error.setText(PortalMessages.of(this, refused));
      error.setVisible(true);
    }
  }
}
