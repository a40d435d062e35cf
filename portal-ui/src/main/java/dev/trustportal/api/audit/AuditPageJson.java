package dev.trustportal.api.audit;

import dev.trustportal.portal.audit.AuditEntry;
import dev.trustportal.portal.common.Page;
import java.util.List;

/** One page of an audit chain, newest first, with the total count. */
public record AuditPageJson(List<AuditEventJson> items, int page, int size, long total) {

  static AuditPageJson of(Page<AuditEntry> page) {
    return new AuditPageJson(
        page.items().stream().map(AuditEventJson::of).toList(),
        page.page(),
        page.size(),
        page.total());
  }
}
