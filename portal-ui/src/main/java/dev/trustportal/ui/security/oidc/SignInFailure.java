package dev.trustportal.ui.security.oidc;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a single sign-on did not sign the person in, as the sign-in page is told ({@code
 * /login?sso=<code>}) and explains it ({@code login.sso.<code>} in the bundles).
 */
public enum SignInFailure {
  /** The provider cannot be reached, or single sign-on is not configured completely. */
  UNAVAILABLE("unavailable"),
  /** The provider refused, or the portal refused what the provider sent. */
  REFUSED("refused"),
  /** The callback belongs to no sign-in of this browser (an old tab, a replay). */
  EXPIRED("expired");

  public static final String PARAMETER = "sso";

  private final String code;

  SignInFailure(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public String messageKey() {
    return "login.sso." + code;
  }

  public static Optional<SignInFailure> of(String code) {
    return Arrays.stream(values()).filter(failure -> failure.code.equals(code)).findFirst();
  }
}
