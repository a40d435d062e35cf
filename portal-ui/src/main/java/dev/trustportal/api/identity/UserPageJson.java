package dev.trustportal.api.identity;

import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.identity.AccountSummary;
import java.util.List;

/** One page of accounts, with the total count. */
public record UserPageJson(List<UserJson> items, int page, int size, long total) {

  static UserPageJson of(Page<AccountSummary> page) {
    return new UserPageJson(
        page.items().stream().map(UserJson::of).toList(), page.page(), page.size(), page.total());
  }
}
