package dev.trustportal.portal.sso;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.identity.Account;
import dev.trustportal.portal.identity.AccountDisabledException;
import dev.trustportal.portal.identity.AccountService;
import dev.trustportal.portal.identity.Accounts;
import dev.trustportal.portal.identity.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Signs in a person the identity provider authenticated: finds their account through the link to
 * the provider's subject, or creates one without a password on the first sign-in; keeps the name
 * shown and the email as the provider says; and, when the portal takes memberships from a token
 * claim, brings the memberships that claim granted in line with it ({@link ClaimedMemberships}).
 * Called by the web tier's identity store with claims it has verified, before anyone is signed in.
 */
@Stateless
@PermitAll
public class SingleSignOnService {

  // Field injection: EJBs need a no-argument constructor.
  @Inject ExternalIdentities identities;
  @Inject Accounts accounts;
  @Inject ClaimedMemberships claimedMemberships;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * The caller to sign in: the account's username and its platform roles.
   *
   * @throws AccountDisabledException if a platform admin disabled the linked account
   */
  public Caller signIn(ExternalSignIn signIn) {
    Instant now = clock.instant();
    Account account =
        identities
            .find(signIn.issuer(), signIn.subject())
            .map(link -> returning(link, signIn, now))
            .orElseGet(() -> firstSignIn(signIn, now));
    if (account.isDisabled()) {
      throw new AccountDisabledException(account.username());
    }
    if (signIn.memberships().used()) {
      claimedMemberships.apply(account.username(), signIn.memberships().memberships());
    }
    return new Caller(account.username(), account.roles());
  }

  private Account returning(ExternalIdentity link, ExternalSignIn signIn, Instant now) {
    link.signedIn(email(signIn.email()), now);
    // The foreign key guarantees the account while the link exists.
    Account account = accounts.find(link.username()).orElseThrow();
    String displayName = displayName(signIn.displayName());
    if (!Objects.equals(account.displayName(), displayName)) {
      account.changeDisplayName(displayName);
    }
    return account;
  }

  private Account firstSignIn(ExternalSignIn signIn, Instant now) {
    String username = freeUsername(signIn);
    Account account = Account.withoutPassword(username, displayName(signIn.displayName()), now);
    accounts.store(account);
    identities.store(
        new ExternalIdentity(
            signIn.issuer(), signIn.subject(), username, email(signIn.email()), now));
    audit.record(
        AuditRecord.platform(
            username,
            "account.created",
            username,
            Outcome.SUCCEEDED,
            "Created on the first single sign-on of subject "
                + signIn.subject()
                + " of "
                + signIn.issuer()
                + "."));
    return account;
  }

  private String freeUsername(ExternalSignIn signIn) {
    return UsernameProposals.of(signIn.preferredUsername(), signIn.email(), signIn.subject())
        .stream()
        .filter(name -> accounts.find(name).isEmpty())
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("no free username for subject " + signIn.subject()));
  }

  /** Blank means none; a name too long for the column is cut rather than refusing the person. */
  private static String displayName(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String trimmed = name.strip();
    return trimmed.substring(0, Math.min(trimmed.length(), AccountService.MAX_DISPLAY_NAME_LENGTH));
  }

  private static String email(String email) {
    return email == null || email.isBlank() || email.length() > ExternalIdentity.MAX_EMAIL
        ? null
        : email.strip();
  }
}
