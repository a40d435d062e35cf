package dev.trustportal.portal.repository;

import java.util.List;
import java.util.Optional;

/**
 * A tag once, as {@code docker trust inspect} shows it: the role clients trust it from (releases
 * before targets before a signer's own role), whether it verifies there, how many signatures that
 * role needs, and who could sign it there and did or did not ("2 of 2 needed: alice signed, bob
 * not").
 *
 * @param roles every role that holds the tag
 * @param signers who may sign the tag in its role, in order, each with whether their signature is
 *     valid
 */
public record TagLine(
    String name,
    String digest,
    long size,
    String role,
    List<String> roles,
    boolean verified,
    Optional<String> reason,
    int needed,
    List<Signature> signers) {

  public TagLine {
    roles = List.copyOf(roles);
    signers = List.copyOf(signers);
  }

  /** One possible signer of a tag and whether a valid signature of theirs is there. */
  public record Signature(String signer, boolean signed) {}
}
