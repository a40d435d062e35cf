package dev.trustportal.portal.signer;

import dev.trustportal.notary.tuf.RoleName;
import java.util.regex.Pattern;

/**
 * The name of a signer of a repository, which becomes its delegation role {@code targets/<name>}.
 * The rule is docker trust's ({@code docker trust signer add}: "must start with lowercase
 * alphanumeric characters and can include '-' or '_' after the first character", and {@code
 * releases} is reserved), which also satisfies notary's delegation-name rule (tuf/data/roles.go).
 * At most {@value #MAX_LENGTH} characters, to keep role names readable and well inside notary's
 * limit of 255.
 */
public record SignerName(String value) {

  public static final int MAX_LENGTH = 64;
  static final String RESERVED = "releases";
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  public SignerName {
    if (value == null || value.isEmpty()) {
      throw InvalidSignerNameException.empty();
    }
    if (value.length() > MAX_LENGTH) {
      throw InvalidSignerNameException.tooLong(value.length(), MAX_LENGTH);
    }
    if (!NAME.matcher(value).matches()) {
      throw InvalidSignerNameException.notAName(value);
    }
    if (value.equals(RESERVED)) {
      throw InvalidSignerNameException.reserved(value);
    }
  }

  /** The signer named by a top-level delegation {@code targets/<name>}, if the role is one. */
  public static java.util.Optional<SignerName> ofRole(RoleName role) {
    String prefix = RoleName.TARGETS.value() + "/";
    if (!role.value().startsWith(prefix) || role.equals(RoleName.RELEASES)) {
      return java.util.Optional.empty();
    }
    String name = role.value().substring(prefix.length());
    return NAME.matcher(name).matches() && name.length() <= MAX_LENGTH
        ? java.util.Optional.of(new SignerName(name))
        : java.util.Optional.empty();
  }

  /** The delegation role of this signer. */
  public RoleName role() {
    return new RoleName(RoleName.TARGETS.value() + "/" + value);
  }

  @Override
  public String toString() {
    return value;
  }
}
