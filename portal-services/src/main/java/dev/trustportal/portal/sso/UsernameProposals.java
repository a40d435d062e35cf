package dev.trustportal.portal.sso;

import dev.trustportal.portal.identity.Username;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The usernames to offer a person on their first sign-in, best first: the provider's preferred
 * username, the local part of the email, each made to fit {@link Username}'s pattern, then the same
 * with "-2", "-3"... and last a name derived from the subject. The caller takes the first one that
 * is free; a taken name is never reused, so an account at the provider named "admin" never becomes
 * the portal's admin.
 */
final class UsernameProposals {

  static final int NUMBERED = 20;
  private static final int HASH_CHARS = 12;

  private UsernameProposals() {}

  static List<String> of(String preferredUsername, String email, String subject) {
    List<String> bases = new ArrayList<>();
    fitted(preferredUsername).ifPresent(bases::add);
    fitted(email == null ? null : email.substring(0, Math.max(0, email.indexOf('@'))))
        .ifPresent(bases::add);
    Set<String> proposals = new LinkedHashSet<>(bases);
    for (String base : bases) {
      for (int n = 2; n <= NUMBERED; n++) {
        String suffix = "-" + n;
        proposals.add(
            base.substring(0, Math.min(base.length(), Username.MAX_LENGTH - suffix.length()))
                + suffix);
      }
    }
    proposals.add("user-" + hash(subject, HASH_CHARS));
    proposals.add("user-" + hash(subject, 2 * HASH_CHARS));
    return List.copyOf(proposals);
  }

  /** Lowercase, other characters to '-', leading punctuation dropped, at most 63 characters. */
  private static Optional<String> fitted(String wish) {
    if (wish == null) {
      return Optional.empty();
    }
    String name =
        wish.strip()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9._-]", "-")
            .replaceFirst("^[._-]+", "");
    name = name.substring(0, Math.min(name.length(), Username.MAX_LENGTH));
    return name.matches("[a-z0-9][a-z0-9._-]{1,62}") ? Optional.of(name) : Optional.empty();
  }

  private static String hash(String subject, int chars) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, chars);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
