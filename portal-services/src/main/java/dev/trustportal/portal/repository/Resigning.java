package dev.trustportal.portal.repository;

import java.util.List;

/**
 * Tags of a delegation that do not verify (or would not after a change), who can re-sign the
 * delegation with a key it lists, and the command that does it, as Docker's delegation guide gives
 * it: {@code notary witness <gun> <role> --publish}. The portal cannot: only signers hold these
 * keys.
 *
 * @param signers the signers with a key the role lists (after the change); empty when nobody can
 */
public record Resigning(String role, List<String> tags, List<String> signers, String command) {

  public Resigning {
    tags = List.copyOf(tags);
    signers = List.copyOf(signers);
  }

  /** The command a signer with a key of the role runs to re-sign it. */
  public static String witness(String gun, String role) {
    return "notary witness " + gun + " " + role + " --publish";
  }
}
