package dev.trustportal.portal.support;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.identity.PlatformRoleGrants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A platform admin counts as the second person of a break-glass only once their role is older than
 * the cooling-off period ({@code portal.support.break-glass-cooling-off}, ISO-8601, default 7
 * days): otherwise one admin could make a second account an admin on the spot and approve twice.
 * Roles given before grants were recorded count as old.
 */
@ApplicationScoped
class BreakGlassCoolingOff {

  // Field injection: config properties and gateways of a CDI bean.
  @Inject
  @ConfigProperty(name = "portal.support.break-glass-cooling-off", defaultValue = "P7D")
  String period;

  @Inject PlatformRoleGrants grants;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * @throws SecondPersonCoolingOffException if the admin's role is younger than the period; the
   *     refusal is recorded in the platform's audit chain, also when the caller's transaction rolls
   *     back
   */
  void requireSecondPerson(String username, SupportCase supportCase) {
    Duration coolingOff = Duration.parse(period);
    grants
        .grantedAt(username, Roles.PLATFORM_ADMIN)
        .map(at -> at.plus(coolingOff))
        .filter(counts -> clock.instant().isBefore(counts))
        .ifPresent(counts -> refuse(username, supportCase, coolingOff, counts));
  }

  private void refuse(
      String username, SupportCase supportCase, Duration coolingOff, Instant counts) {
    audit.recordIndependently(
        AuditRecord.platform(
            username,
            "support.break_glass_refused",
            supportCase.gun().value(),
            Outcome.FAILED,
            "Support case "
                + supportCase.id()
                + ": the platform-admin role of "
                + username
                + " is younger than the cooling-off of "
                + coolingOff
                + "; it counts as the second person of"
                + " a break-glass from "
                + counts
                + "."));
    throw new SecondPersonCoolingOffException(supportCase.id(), counts);
  }
}
