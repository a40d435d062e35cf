package dev.trustportal.api.webhook;

import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.webhook.DeliverySummary;
import java.util.List;

/** One page of a webhook's delivery log, newest first, with the total count. */
public record DeliveryPageJson(List<DeliverySummary> items, int page, int size, long total) {

  static DeliveryPageJson of(Page<DeliverySummary> page) {
    return new DeliveryPageJson(page.items(), page.page(), page.size(), page.total());
  }
}
