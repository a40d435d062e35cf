package dev.trustportal.portal.identity;

/**
 * The name of the HTTP session attribute that holds when the session signed in (an {@link
 * java.time.Instant}). The web tier sets it at sign-in and compares it, at every request of the
 * session, with what ended the account's sessions ({@link AccountService#sessionStillValid}); after
 * a person changes their own password, it renews it in the session they did it from, which goes on.
 */
public final class SessionSignIn {

  public static final String ATTRIBUTE = "dev.trustportal.session.signed-in-at";

  private SessionSignIn() {}
}
