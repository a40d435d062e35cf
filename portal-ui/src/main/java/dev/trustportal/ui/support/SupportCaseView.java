package dev.trustportal.ui.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.trustportal.portal.approval.ApprovalService;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.support.CaseActions;
import dev.trustportal.portal.support.CaseDetails;
import dev.trustportal.portal.support.CaseState;
import dev.trustportal.portal.support.CaseStep;
import dev.trustportal.portal.support.SupportDesk;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.component.Times;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.layout.MainLayout;
import dev.trustportal.ui.layout.OrganisationGate;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/**
 * One support case: the plan in plain words before anything happens, who approved and who still
 * must, approving with a security key, and, for support staff once approved, carrying it out one
 * step at a time with its progress shown (each step is its own request, so the page shows where it
 * is and an interrupted case resumes where it stopped). Members of the case's organisation see it
 * too (owners approve here); anyone else finds nothing, as the service decides.
 */
@Route(value = Routes.SUPPORT_CASE, layout = MainLayout.class)
@PermitAll
public class SupportCaseView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient SupportDesk desk;
  private final transient ApprovalService approvals;
  private final VerticalLayout content = new VerticalLayout();
  private final Span status = new Span();
  private final ProgressBar progress = new ProgressBar();
  private long id;

  @Inject
  public SupportCaseView(SupportDesk desk, ApprovalService approvals) {
    this.desk = desk;
    this.approvals = approvals;
    content.setPadding(false);
    status.setId("case-status");
    progress.setId("case-progress");
    progress.setIndeterminate(true);
    progress.setVisible(false);
    RouterLink back = new RouterLink(getTranslation("support.case.back"), SupportCasesView.class);
    add(back, content, progress, status);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    id = event.getRouteParameters().getLong(Routes.CASE_ID).orElse(-1L);
    try {
      show(desk.get(id));
    } catch (PortalException failure) {
      if (failure.kind() == PortalException.Kind.NOT_FOUND) {
        OrganisationGate.showNotFound(event);
        return;
      }
      throw failure;
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("support.case.title", id);
  }

  private void show(CaseDetails supportCase) {
    content.removeAll();
    content.add(
        new H2(
            getTranslation(
                "support.case.heading", supportCase.id(), CaseTexts.kind(this, supportCase))),
        details(supportCase),
        plan(supportCase),
        actions(supportCase));
  }

  private Component details(CaseDetails c) {
    FormLayout details = new FormLayout();
    details.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
    details.addFormItem(text("case-gun", c.gun()), getTranslation("support.case.repository"));
    details.addFormItem(
        text("case-organisation", c.organisation()), getTranslation("support.case.organisation"));
    details.addFormItem(text("case-ticket", c.ticket()), getTranslation("support.case.ticket"));
    details.addFormItem(
        text(
            "case-opened-by",
            getTranslation(
                "support.case.opened-by.value",
                c.openedBy(),
                Times.format(c.openedAt(), getLocale()))),
        getTranslation("support.case.opened-by"));
    details.addFormItem(text("case-reason", c.reason()), getTranslation("support.case.reason"));
    String step = getTranslation("support.step." + c.step().name());
    HorizontalLayout state = new HorizontalLayout(new CaseStateBadge(c.state()));
    // A cancelled case has no next step: nothing of it will be carried out.
    if (c.state() != CaseState.CANCELLED) {
      state.add(
          text(
              "case-step",
              c.step() == CaseStep.DONE ? step : getTranslation("support.case.next-step", step)));
    }
    state.setId("case-state");
    // Not stretched: the badge keeps the height of its text.
    state.setAlignItems(FlexComponent.Alignment.BASELINE);
    details.addFormItem(state, getTranslation("support.case.state"));
    String approvers =
        c.approvers().isEmpty()
            ? getTranslation("support.case.approvers.none")
            : String.join(", ", c.approvers());
    details.addFormItem(
        text("case-approvals", CaseTexts.approvals(this, c) + " \u2013 " + approvers),
        getTranslation("support.case.approvals"));
    if (c.breakGlass()) {
      details.addFormItem(
          text("case-break-glass", getTranslation("support.case.break-glass.text")),
          getTranslation("support.case.break-glass"));
    }
    c.cancellation()
        .ifPresent(
            cancelled ->
                details.addFormItem(
                    text(
                        "case-cancellation",
                        getTranslation(
                            "support.case.cancellation.value", cancelled.by(), cancelled.reason())),
                    getTranslation("support.case.cancellation")));
    if (c.lastError() != null && !c.lastError().isBlank()) {
      Span error = text("case-last-error", c.lastError());
      error.addClassName("tp-error-text");
      details.addFormItem(error, getTranslation("support.case.last-error"));
    }
    return details;
  }

  private Component plan(CaseDetails c) {
    VerticalLayout plan = new VerticalLayout();
    plan.setPadding(false);
    plan.setSpacing(false);
    Paragraph intro =
        new Paragraph(
            getTranslation(
                c.state().untouched() ? "support.case.plan.before" : "support.case.plan.after"));
    intro.setId("case-plan-intro");
    OrderedList lines = new OrderedList();
    lines.setId("case-plan");
    c.planLines().forEach(line -> lines.add(new ListItem(CaseTexts.line(this, line))));
    plan.add(new H3(getTranslation("support.case.plan")), intro, lines);
    return plan;
  }

  private Component actions(CaseDetails c) {
    HorizontalLayout actions = new HorizontalLayout();
    CaseActions allowed = desk.actions(c.id());
    if (allowed.approve()) {
      Button approve =
          new Button(
              getTranslation("support.case.approve"),
              VaadinIcon.KEY.create(),
              event ->
                  new CaseApproval(this, desk, approvals, c, this::approved, status::setText)
                      .start());
      approve.setId("case-approve");
      approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      actions.add(approve);
    }
    if (allowed.execute() || allowed.resume()) {
      Button execute =
          new Button(
              getTranslation(allowed.resume() ? "support.case.resume" : "support.case.execute"),
              VaadinIcon.PLAY.create(),
              event -> confirmExecution(c));
      execute.setId("case-execute");
      execute.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
      actions.add(execute);
    }
    if (allowed.cancel()) {
      Button cancel =
          new Button(
              getTranslation("support.case.cancel"),
              VaadinIcon.CLOSE_CIRCLE.create(),
              event -> new CancelCaseDialog(desk, c, this::cancelled).open());
      cancel.setId("case-cancel");
      cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      actions.add(cancel);
    }
    return actions;
  }

  private void cancelled(CaseDetails c) {
    status.setText(getTranslation("support.case.cancelled", c.id()));
    show(c);
  }

  private void approved(CaseDetails c) {
    status.setText(
        getTranslation("support.case.approved", c.id(), c.approvalsHave(), c.approvalsNeed()));
    show(c);
  }

  private void confirmExecution(CaseDetails c) {
    new ConfirmExecutionDialog(c, () -> runSteps(c.step())).open();
  }

  /**
   * One step per server round trip, so that the page shows each step as it completes. Stops when
   * the case is done, when a step failed (its error is shown; carrying out again resumes there) or
   * made no progress.
   */
  private void runSteps(CaseStep before) {
    progress.setVisible(true);
    status.setText(
        getTranslation("support.case.running", getTranslation("support.step." + before.name())));
    CaseDetails after;
    try {
      after = desk.execute(id, 1);
    } catch (PortalException refused) {
      progress.setVisible(false);
      status.setText(PortalMessages.of(this, refused));
      return;
    } catch (RuntimeException unforeseen) {
      // The error handler tells the user; the bar must not spin on as if the step were still
      // running.
      progress.setVisible(false);
      throw unforeseen;
    }
    show(after);
    boolean failed = after.lastError() != null && !after.lastError().isBlank();
    if (after.state() == CaseState.DONE || failed || after.step() == before) {
      progress.setVisible(false);
      status.setText(
          getTranslation(
              after.state() == CaseState.DONE ? "support.case.done" : "support.case.stopped",
              getTranslation("support.step." + after.step().name())));
      return;
    }
    // Back to the browser and straight back here: the step just done is on screen meanwhile.
    getElement().executeJs("return 0").then(ignored -> runSteps(after.step()));
  }

  private static Span text(String id, String value) {
    Span span = new Span(value);
    span.setId(id);
    return span;
  }
}
