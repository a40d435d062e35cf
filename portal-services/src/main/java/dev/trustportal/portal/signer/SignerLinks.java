package dev.trustportal.portal.signer;

import java.util.Map;

/**
 * Which portal account each signer of a repository belongs to. A link is written when the change
 * that adds the signer is filed and counts only once that change is published, so that an account
 * gets nothing from a signer its owners have not approved yet.
 */
public interface SignerLinks {

  /** Links the signer of the GUN to the account, replacing an older link of that signer name. */
  void link(String gun, SignerName signer, String username, long changeId);

  /** Drops the signer's link: the signer was removed from the trust data. */
  void unlink(String gun, SignerName signer);

  /**
   * The linked account of each signer of the GUN whose adding change was published, by signer name.
   */
  Map<String, String> published(String gun);

  /** Whether the account is a signer of the GUN whose adding change was published. */
  boolean isPublishedSigner(String gun, String username);
}
