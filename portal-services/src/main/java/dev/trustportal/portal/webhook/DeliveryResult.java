package dev.trustportal.portal.webhook;

/**
 * What one attempt got: the HTTP status if the receiver answered, and an error when it did not
 * answer 2xx.
 */
public record DeliveryResult(Integer status, String error) {

  public static DeliveryResult answered(int status) {
    return new DeliveryResult(
        status, status / 100 == 2 ? null : "The receiver answered HTTP " + status + ".");
  }

  public static DeliveryResult unreachable(String error) {
    return new DeliveryResult(null, error);
  }

  public boolean delivered() {
    return error == null;
  }
}
