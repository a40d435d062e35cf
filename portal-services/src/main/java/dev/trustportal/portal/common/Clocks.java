package dev.trustportal.portal.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Makes "now" injectable, so that time-dependent rules can be tested with a fixed clock. */
@ApplicationScoped
public class Clocks {

  // Dependent scope on purpose: Clock is immutable, and a client proxy of a java.* class is
  // fragile.
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
