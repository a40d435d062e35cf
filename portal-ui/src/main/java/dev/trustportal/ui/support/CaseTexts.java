package dev.trustportal.ui.support;

import com.vaadin.flow.component.Component;
import dev.trustportal.portal.support.CaseDetails;
import dev.trustportal.portal.support.PlanLine;

/** The words of a support case in the reader's language. */
final class CaseTexts {

  private CaseTexts() {}

  /** A sentence of the plan: the keys of the services' plan bundle are in the UI bundles too. */
  static String line(Component host, PlanLine line) {
    return host.getTranslation(line.key(), line.args().toArray());
  }

  static String kind(Component host, CaseDetails supportCase) {
    return host.getTranslation("support.kind." + supportCase.kind().name());
  }

  static String approvals(Component host, CaseDetails supportCase) {
    return host.getTranslation(
        "support.case.approvals.count", supportCase.approvalsHave(), supportCase.approvalsNeed());
  }
}
