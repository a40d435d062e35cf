package dev.trustportal.ui.support;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import dev.trustportal.portal.support.ResetNotice;
import dev.trustportal.ui.component.Times;

/**
 * What every member of the organisation must know after a trust reset of a repository, and pass on to
 * whoever pulls it: when, the new root key's ID, the exact steps for a client that cached the old trust
 * data, and the tags that must be signed again.
 */
public class ResetNoticePanel extends Div {

  private static final long serialVersionUID = 1L;

  public ResetNoticePanel(ResetNotice notice) {
    setId("reset-notice");
    getStyle()
        .set("border", "1px solid var(--lumo-error-color-50pct)")
        .set("border-radius", "var(--lumo-border-radius-l)")
        .set("background-color", "var(--lumo-error-color-10pct)")
        .set("padding", "0 var(--lumo-space-m) var(--lumo-space-s)")
        .set("width", "100%")
        .set("box-sizing", "border-box");
    H3 heading = new H3(getTranslation("reset-notice.heading"));
    Paragraph when = new Paragraph(getTranslation("reset-notice.when",
        Times.format(notice.resetAt(), getLocale()), notice.caseId()));
    when.setId("reset-notice-when");
    Span rootKey = new Span(notice.newRootKeyId());
    rootKey.setId("reset-notice-root-key");
    rootKey.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)").set("word-break", "break-all");
    Paragraph key = new Paragraph(new Span(getTranslation("reset-notice.root-key") + " "), rootKey);
    add(heading, when, key, new Paragraph(getTranslation("reset-notice.steps")), steps(notice),
        command(notice.gun()), tags(notice));
  }

  private OrderedList steps(ResetNotice notice) {
    OrderedList steps = new OrderedList(
        new ListItem(getTranslation("support.notice.step.remove", notice.gun())),
        new ListItem(getTranslation("support.notice.step.pull", notice.gun(), notice.newRootKeyId())),
        new ListItem(getTranslation("support.notice.step.error")));
    steps.setId("reset-notice-steps");
    return steps;
  }

  /** The docker command to copy, exactly. */
  private Pre command(String gun) {
    Pre command = new Pre("rm -rf ~/.docker/trust/tuf/" + gun + "\ndocker pull " + gun + ":<tag>");
    command.setId("reset-notice-command");
    command.getStyle().set("margin", "0").set("white-space", "pre-wrap");
    return command;
  }

  private Paragraph tags(ResetNotice notice) {
    Paragraph tags = new Paragraph(notice.tagsToSignAgain().isEmpty()
        ? getTranslation("reset-notice.tags.none")
        : getTranslation("reset-notice.tags", String.join(", ", notice.tagsToSignAgain())));
    tags.setId("reset-notice-tags");
    return tags;
  }
}
