package dev.trustportal.ui.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import dev.trustportal.portal.support.HealthFinding;
import dev.trustportal.ui.component.Times;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A finding in the reader's language: the text of its kind, with the date of an expiry formatted.
 */
final class FindingTexts {

  private FindingTexts() {}

  static String of(Component host, HealthFinding finding) {
    return host.getTranslation(
        "support.finding." + finding.kind().name(), finding.subject(), detail(host, finding));
  }

  private static String detail(Component host, HealthFinding finding) {
    if (finding.kind() != HealthFinding.Kind.ROLE_EXPIRED
        && finding.kind() != HealthFinding.Kind.ROLE_EXPIRING) {
      return finding.detail();
    }
    try {
      return Times.format(
          Instant.parse(finding.detail()), host.getUI().map(UI::getLocale).orElse(Locale.ENGLISH));
    } catch (DateTimeParseException notADate) {
      return finding.detail();
    }
  }
}
