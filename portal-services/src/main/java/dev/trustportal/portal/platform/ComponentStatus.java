package dev.trustportal.portal.platform;

/** Whether one component the portal depends on is usable, with a human-readable detail. */
public record ComponentStatus(String name, boolean up, String detail) {

  static ComponentStatus up(String name, String detail) {
    return new ComponentStatus(name, true, detail);
  }

  static ComponentStatus down(String name, String detail) {
    return new ComponentStatus(name, false, detail);
  }

  /** A failure's message, or its type when it has none (many socket errors carry no message). */
  static ComponentStatus down(String name, Exception failure) {
    String message = failure.getMessage();
    String type = failure.getClass().getSimpleName();
    return down(name, message == null || message.isBlank() ? type : type + ": " + message);
  }
}
