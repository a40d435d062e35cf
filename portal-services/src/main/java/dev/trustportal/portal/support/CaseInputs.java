package dev.trustportal.portal.support;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.portal.signer.SignerName;
import java.util.regex.Pattern;

/**
 * An {@link OpenCase} checked field by field: each bad value is refused with a message saying what
 * is expected, before anything is looked up or stored.
 */
public record CaseInputs(
    Gun gun, CaseKind kind, String ticket, String reason, SignerName signer, KeyId keyId) {

  static final int MAX_TICKET = 64;
  static final int MIN_REASON = 10;
  static final int MAX_REASON = 2000;
  private static final Pattern TICKET =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._#:/-]{0," + (MAX_TICKET - 1) + "}");
  // notary's GUNs: a registry host, then path parts (facts §11); three parts at least in the
  // portal.
  private static final Pattern GUN = Pattern.compile("[a-z0-9.:-]+(/[a-z0-9._-]+){2,}");

  /**
   * @throws InvalidCaseException for the first field that is not valid
   */
  public static CaseInputs of(OpenCase command) {
    String gun = command.gun() == null ? "" : command.gun().strip();
    if (!GUN.matcher(gun).matches() || gun.length() > 255) {
      throw InvalidCaseException.gun(command.gun());
    }
    CaseKind kind = CaseKind.parse(command.kind());
    String ticket = command.ticket() == null ? "" : command.ticket().strip();
    if (!TICKET.matcher(ticket).matches()) {
      throw InvalidCaseException.ticket(command.ticket());
    }
    String reason = reason(command.reason());
    boolean namesSigner = !blank(command.signer()) || !blank(command.keyId());
    if (kind != CaseKind.SIGNER_KEY_LOSS) {
      if (namesSigner) {
        throw InvalidCaseException.signerNotAllowed(kind);
      }
      return new CaseInputs(new Gun(gun), kind, ticket, reason, null, null);
    }
    if (blank(command.signer()) || blank(command.keyId())) {
      throw InvalidCaseException.signerNeeded();
    }
    return new CaseInputs(
        new Gun(gun),
        kind,
        ticket,
        reason,
        new SignerName(command.signer().strip()),
        keyId(command.keyId()));
  }

  private static KeyId keyId(String given) {
    try {
      return new KeyId(given.strip());
    } catch (IllegalArgumentException notHex) {
      throw InvalidCaseException.keyId(given);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /**
   * A reason, for opening or cancelling a case: stripped, {@value #MIN_REASON} to {@value
   * #MAX_REASON} characters.
   */
  static String reason(String given) {
    String reason = given == null ? "" : given.strip();
    if (reason.length() < MIN_REASON || reason.length() > MAX_REASON) {
      throw InvalidCaseException.reason(reason.length());
    }
    return reason;
  }
}
