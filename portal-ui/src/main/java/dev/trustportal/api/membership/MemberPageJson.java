package dev.trustportal.api.membership;

import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.membership.MemberSummary;
import java.util.List;

/** One page of members, with the total count. */
public record MemberPageJson(List<MemberJson> items, int page, int size, long total) {

  static MemberPageJson of(Page<MemberSummary> page) {
    return new MemberPageJson(
        page.items().stream().map(MemberJson::of).toList(), page.page(), page.size(), page.total());
  }
}
