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
 * What every member of the organisation must know after a trust reset of a repository, and pass on
 * to whoever pulls it: when, the new root key's ID, the exact steps for a client that cached the
 * old trust data, and the tags that must be signed again.
 */
public class ResetNoticePanel extends Div {

  private static final long serialVersionUID = 1L;

  public ResetNoticePanel(ResetNotice notice) {
    setId("reset-notice");
    addClassNames("tp-panel", "tp-panel-error");
    H3 heading = new H3(getTranslation("reset-notice.heading"));
    Paragraph when =
        new Paragraph(
            getTranslation(
                "reset-notice.when", Times.format(notice.resetAt(), getLocale()), notice.caseId()));
    when.setId("reset-notice-when");
    Span rootKey = new Span(notice.newRootKeyId());
    rootKey.setId("reset-notice-root-key");
    rootKey.addClassNames("tp-mono", "tp-wrap-anywhere");
    Paragraph key = new Paragraph(new Span(getTranslation("reset-notice.root-key") + " "), rootKey);
    add(
        heading,
        when,
        key,
        new Paragraph(getTranslation("reset-notice.steps")),
        steps(notice),
        command(notice.gun()),
        tags(notice));
  }

  private OrderedList steps(ResetNotice notice) {
    OrderedList steps =
        new OrderedList(
            new ListItem(getTranslation("support.notice.step.remove", notice.gun())),
            new ListItem(
                getTranslation("support.notice.step.pull", notice.gun(), notice.newRootKeyId())),
            new ListItem(getTranslation("support.notice.step.error")));
    steps.setId("reset-notice-steps");
    return steps;
  }

  /** The docker command to copy, exactly. */
  private Pre command(String gun) {
    Pre command = new Pre("rm -rf ~/.docker/trust/tuf/" + gun + "\ndocker pull " + gun + ":<tag>");
    command.setId("reset-notice-command");
    command.addClassName("tp-code");
    return command;
  }

  private Paragraph tags(ResetNotice notice) {
    Paragraph tags =
        new Paragraph(
            notice.tagsToSignAgain().isEmpty()
                ? getTranslation("reset-notice.tags.none")
                : getTranslation("reset-notice.tags", String.join(", ", notice.tagsToSignAgain())));
    tags.setId("reset-notice-tags");
    return tags;
  }
}
