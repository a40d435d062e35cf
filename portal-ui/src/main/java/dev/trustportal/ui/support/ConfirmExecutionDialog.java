package dev.trustportal.ui.support;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import dev.trustportal.portal.support.CaseDetails;

/**
 * The last look before a case changes a repository's trust data: its plan again, and a deliberate
 * yes.
 */
class ConfirmExecutionDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  ConfirmExecutionDialog(CaseDetails supportCase, Runnable confirmed) {
    setId("confirm-execution-dialog");
    setHeaderTitle(getTranslation("support.confirm.title", supportCase.id()));
    setWidth("min(40rem, 95vw)");
    OrderedList plan = new OrderedList();
    supportCase.planLines().forEach(line -> plan.add(new ListItem(CaseTexts.line(this, line))));
    add(new Paragraph(getTranslation("support.confirm.text", supportCase.gun())), plan);
    Button yes =
        new Button(
            getTranslation("support.confirm.yes"),
            event -> {
              close();
              confirmed.run();
            });
    yes.setId("confirm-execution");
    yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    Button no = new Button(getTranslation("support.confirm.no"), event -> close());
    no.setId("cancel-execution");
    getFooter().add(no, yes);
  }
}
