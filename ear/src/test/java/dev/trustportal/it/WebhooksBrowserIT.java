package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An owner registers a webhook on the organisation's webhooks page, sees its secret once, sends a
 * test event that the receiver gets signed, and reads the delivery log; in English and in Chinese.
 * A member who is no owner is told who manages webhooks.
 */
class WebhooksBrowserIT {

  private final PortalStack stack = PortalStack.current();

  @Test
  void anOwnerRegistersAWebhookSeesTheSecretOnceAndSendsATestEvent() throws Exception {
    journey("en-US", "webhooks", "Delivered", "internal address");
  }

  @Test
  void theWebhooksPageSpeaksChinese() throws Exception {
    journey("zh-CN", "webhooks-zh", "已投递", "内部地址");
  }

  @Test
  void aMemberWhoIsNoOwnerIsToldWhoManagesWebhooks() throws Exception {
    TwoTenants tenants = TwoTenants.create(stack);
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(tenants.carol, TwoTenants.PASSWORD);
      browser.open("/orgs/" + tenants.orgB + "/webhooks");
      browser.awaitText(By.tagName("body"), "managed by its owners");
      assertThat(
              browser.driver().findElements(By.id("create-webhook-button")).stream()
                  .filter(WebElement::isDisplayed))
          .isEmpty();
      assertThat(browser.driver().findElements(By.id("nav-webhooks"))).isEmpty();
      browser.screenshot("webhooks-not-owner");
    }
  }

  private void journey(String language, String shot, String delivered, String refused)
      throws Exception {
    TwoTenants tenants = TwoTenants.create(stack);
    try (WebhookReceiver receiver = WebhookReceiver.start(WebhookReceiver.freePort());
        BrowserSession browser = new BrowserSession(stack, language)) {
      LoginPage.open(browser).signIn(tenants.bob, TwoTenants.PASSWORD);
      browser.open("/orgs/" + tenants.orgB + "/webhooks");
      browser.await(By.id("nav-webhooks"));

      openForm(browser, "https://169.254.169.254/latest/meta-data/");
      browser.click(By.id("webhook-create"));
      browser.awaitText(By.id("webhook-form-error"), refused);
      browser.screenshot(shot + "-refused");
      browser.click(By.id("webhook-cancel"));

      openForm(browser, receiver.url().toString());
      browser.click(By.id("webhook-create"));
      String secret =
          browser
              .waiter()
              .until(
                  d -> {
                    String value =
                        d.findElement(By.cssSelector("#webhook-secret input"))
                            .getDomProperty("value");
                    return value != null && value.startsWith("whsec_") ? value : null;
                  });
      browser.screenshot(shot + "-secret");
      browser.click(By.id("webhook-secret-close"));
      browser.waiter().until(d -> d.findElements(By.id("webhook-secret")).isEmpty());
      assertThat(browser.driver().getPageSource()).doesNotContain(secret.substring(6));

      browser.click(By.cssSelector("[id^='webhook-test-']"));
      WebhookReceiver.Received test =
          receiver.next("webhook.test", Duration.ofSeconds(30)).orElseThrow();
      assertThat(test.signedWith(secret)).isTrue();
      browser
          .waiter()
          .until(
              d -> {
                d.findElement(By.id("webhook-log-refresh")).click();
                return d.findElement(By.id("delivery-grid")).getText().contains(delivered)
                    || d
                        .findElements(By.cssSelector("#delivery-grid vaadin-grid-cell-content"))
                        .stream()
                        .anyMatch(c -> c.getText().equals(delivered));
              });
      browser.screenshot(shot);
      browser.open("/orgs/" + tenants.orgB + "/webhooks");
      browser.await(By.id("webhook-grid"));
      assertThat(browser.driver().getPageSource()).doesNotContain(secret.substring(6));
    }
  }

  private static void openForm(BrowserSession browser, String url) {
    browser.click(By.id("create-webhook-button"));
    browser.type(By.cssSelector("#webhook-url input"), url);
    browser.click(
        By.xpath(
            "//vaadin-checkbox[contains(., 'webhook.test') or contains(.,"
                + " 'change.published')][1]"));
  }
}
