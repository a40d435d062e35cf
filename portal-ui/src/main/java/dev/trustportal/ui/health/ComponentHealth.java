package dev.trustportal.ui.health;

import dev.trustportal.portal.platform.ComponentStatus;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Turns a component's status into a health response named after the component. */
final class ComponentHealth {

  private ComponentHealth() {}

  static HealthCheckResponse of(ComponentStatus status) {
    return HealthCheckResponse.named(status.name())
        .status(status.up())
        .withData("detail", status.detail())
        .build();
  }
}
