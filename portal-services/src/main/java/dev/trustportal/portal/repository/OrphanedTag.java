package dev.trustportal.portal.repository;

import java.util.List;

/**
 * A tag that a change would leave in no role: only roles the change deletes hold it (a removed
 * signer's own {@code targets/<signer>}). {@code notary witness} cannot bring it back, as no role
 * that stays holds it; a signer with a key of {@code role} (the signers of {@code
 * targets/releases}, the role Docker reads) signs the same content there again, without the image:
 * {@code notary addhash <gun> <tag> <size> --sha256 <digest> --roles <role> --publish}.
 *
 * @param heldIn the roles that hold it now, all deleted by the change
 * @param role where it can be signed again
 * @param signers the signers keeping a key of {@code role} after the change; empty when nobody can
 */
public record OrphanedTag(
    String tag, List<String> heldIn, String role, List<String> signers, String command) {

  public OrphanedTag {
    heldIn = List.copyOf(heldIn);
    signers = List.copyOf(signers);
  }

  /** The command that signs the tag's content (by its SHA-256 and size) into {@code role}. */
  public static String addhash(String gun, String tag, long size, String sha256, String role) {
    return "notary addhash "
        + gun
        + " "
        + tag
        + " "
        + size
        + " --sha256 "
        + sha256
        + " --roles "
        + role
        + " --publish";
  }
}
