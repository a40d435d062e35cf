package dev.trustportal.portal.token;

import dev.trustportal.portal.identity.TokenAccess;
import dev.trustportal.portal.token.InvalidTokenRequestException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/** The rules a new token's name, expiry, access and repositories follow; pure, no I/O. */
public final class TokenRules {

  public static final int DEFAULT_DAYS = 90;

  /** A token that lived longer would mostly outlive the reason it was made for. */
  public static final int MAX_DAYS = 365;

  public static final int MAX_REPOSITORIES = 50;
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,63}");
  // A robot's name becomes part of its principal, robot$<org>$<name>: username characters only.
  private static final Pattern ROBOT_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");
  private static final Pattern REPOSITORY = Pattern.compile("[a-z0-9][a-z0-9._/-]{0,254}");

  private TokenRules() {}

  public static String personalName(String name) {
    String stripped = name == null ? "" : name.strip();
    if (!NAME.matcher(stripped).matches()) {
      throw new InvalidTokenRequestException(
          Reason.NAME,
          "A token name is 1 to 64 letters, digits, spaces, '.', '_' or '-', starting with a letter"
              + " or digit; got '"
              + stripped
              + "'.",
          stripped);
    }
    return stripped;
  }

  public static String robotName(String name) {
    String stripped = name == null ? "" : name.strip();
    if (!ROBOT_NAME.matcher(stripped).matches()) {
      throw new InvalidTokenRequestException(
          Reason.ROBOT_NAME,
          "A robot name is 1 to 63 lowercase letters, digits, '.', '_' or '-', starting with a"
              + " letter or digit (it becomes the username robot$<org>$<name>); got '"
              + stripped
              + "'.",
          stripped);
    }
    return stripped;
  }

  /** When a token created now expires; required, and at most {@value #MAX_DAYS} days ahead. */
  public static Instant expiry(Integer days, Instant now) {
    int valid = days == null ? DEFAULT_DAYS : days;
    if (valid < 1 || valid > MAX_DAYS) {
      throw new InvalidTokenRequestException(
          Reason.EXPIRY,
          "A token expires in 1 to "
              + MAX_DAYS
              + " days (default "
              + DEFAULT_DAYS
              + "); got "
              + valid
              + ".",
          valid);
    }
    return now.plus(Duration.ofDays(valid));
  }

  public static TokenAccess access(String access) {
    return TokenAccess.parse(access)
        .orElseThrow(
            () ->
                new InvalidTokenRequestException(
                    Reason.ACCESS,
                    "Access is READ or WRITE; got '" + access + "'.",
                    String.valueOf(access)));
  }

  /** Repository names, stripped and without duplicates; they need an organisation to live in. */
  public static List<String> repositories(List<String> names, String organisation) {
    List<String> stripped = names.stream().map(n -> n == null ? "" : n.strip()).distinct().toList();
    if (!stripped.isEmpty() && organisation == null) {
      throw new InvalidTokenRequestException(
          Reason.REPOSITORIES,
          "Repositories can only be scoped within one organisation: name it too.");
    }
    if (stripped.size() > MAX_REPOSITORIES) {
      throw new InvalidTokenRequestException(
          Reason.REPOSITORIES, "A token names at most " + MAX_REPOSITORIES + " repositories.");
    }
    for (String name : stripped) {
      if (!REPOSITORY.matcher(name).matches()) {
        throw new InvalidTokenRequestException(
            Reason.REPOSITORIES,
            "'"
                + name
                + "' is not a repository name (lowercase letters, digits, '.', '_', '-', '/').",
            name);
      }
    }
    return stripped;
  }

  /** The caller name of an organisation's robot; '$' is no username character, so none collides. */
  public static String robotPrincipal(String organisation, String robotName) {
    return "robot$" + organisation + "$" + robotName;
  }
}
