package dev.trustportal.api.signerrequest;

import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.signerrequest.SignerRequestDetails;
import java.util.List;

/** One page of signer requests, newest first, with the total count of those matching the filter. */
public record SignerRequestPageJson(List<SignerRequestJson> items, int page, int size, long total) {

  static SignerRequestPageJson of(Page<SignerRequestDetails> page) {
    return new SignerRequestPageJson(
        page.items().stream().map(SignerRequestJson::of).toList(),
        page.page(),
        page.size(),
        page.total());
  }
}
