package dev.trustportal.ui.change;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.trustportal.portal.approval.ApprovalService;
import dev.trustportal.portal.change.ChangeDetails;
import dev.trustportal.portal.support.CaseDetails;
import dev.trustportal.portal.worklist.WaitingApprovals;
import dev.trustportal.portal.worklist.Worklist;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.layout.MainLayout;

/**
 * "Needs your approval" on an organisation's overview: the changes and support cases that wait for
 * the user's security key, each with the way to approve it. What waits is the work list's answer;
 * the panel only shows it, and hides while nothing waits.
 */
public class WaitingApprovalsPanel extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient Worklist worklist;
  private final transient ApprovalService approvals;
  private final String organisation;

  public WaitingApprovalsPanel(Worklist worklist, ApprovalService approvals, String organisation) {
    this.worklist = worklist;
    this.approvals = approvals;
    this.organisation = organisation;
    setId("needs-approval");
    setPadding(true);
    setSpacing(false);
    addClassNames("tp-panel", "tp-panel-primary");
    show();
  }

  private void show() {
    removeAll();
    WaitingApprovals waiting = worklist.waitingForCaller(organisation);
    setVisible(waiting.count() > 0);
    H3 heading = new H3(getTranslation("needs-approval.heading", waiting.count()));
    heading.addClassName("tp-no-top-margin");
    add(heading);
    waiting.changes().forEach(change -> add(changeRow(change)));
    waiting.cases().forEach(supportCase -> add(caseRow(supportCase)));
  }

  private Component changeRow(ChangeDetails change) {
    Span text =
        new Span(
            getTranslation(
                "needs-approval.change",
                change.id(),
                change.repository(),
                ChangeTexts.summary(this, change),
                change.requestedBy(),
                change.approvalsGiven(),
                change.approvalsNeeded()));
    Button approve =
        new Button(
            getTranslation("changes.approve"),
            VaadinIcon.KEY.create(),
            event -> new ApproveDialog(approvals, change, this::approved).open());
    approve.setId("needs-approval-change-" + change.id());
    approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
    return row(text, approve);
  }

  private Component caseRow(CaseDetails supportCase) {
    Span text =
        new Span(
            getTranslation(
                "needs-approval.case",
                supportCase.id(),
                getTranslation("support.kind." + supportCase.kind().name()),
                supportCase.repository(),
                supportCase.openedBy(),
                supportCase.approvalsHave(),
                supportCase.approvalsNeed()));
    Anchor open =
        new Anchor(
            Routes.SUPPORT_CASES + "/" + supportCase.id(),
            getTranslation("needs-approval.open-case"));
    open.setId("needs-approval-case-" + supportCase.id());
    return row(text, open);
  }

  private static Component row(Span text, Component action) {
    text.addClassNames("tp-wrap-anywhere", "tp-grow-line");
    HorizontalLayout row = new HorizontalLayout(text, action);
    row.setWidthFull();
    row.setAlignItems(Alignment.CENTER);
    row.addClassName("tp-wrap");
    return row;
  }

  private void approved() {
    show();
    MainLayout.refreshBadges();
  }
}
