package dev.trustportal.portal.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the trust page says in words about verified trust data: each tag once with its signers, who
 * may sign a role, and which tags a new threshold would stop verifying. Pure: it reads a {@link
 * TrustDetails}.
 */
public final class TrustWords {

  private static final String RELEASES = "targets/releases";
  private static final String TARGETS = "targets";
  private static final String DELEGATION_PREFIX = "targets/";

  private TrustWords() {}

  /**
   * Each tag once, from the role clients trust it from (releases, then targets, then a signer's
   * role).
   */
  public static List<TagLine> tags(TrustDetails trust) {
    Map<String, List<TagDetails>> byName = new LinkedHashMap<>();
    trust
        .tags()
        .forEach(tag -> byName.computeIfAbsent(tag.name(), name -> new ArrayList<>()).add(tag));
    return byName.values().stream().map(views -> line(trust, views)).toList();
  }

  private static TagLine line(TrustDetails trust, List<TagDetails> views) {
    TagDetails primary =
        views.stream().min((a, b) -> Integer.compare(rank(a.role()), rank(b.role()))).orElseThrow();
    List<String> candidates = signersOf(trust, primary.role());
    List<TagLine.Signature> signatures =
        candidates.isEmpty()
            ? primary.signedBy().stream().map(name -> new TagLine.Signature(name, true)).toList()
            : candidates.stream()
                .map(name -> new TagLine.Signature(name, primary.signedBy().contains(name)))
                .toList();
    return new TagLine(
        primary.name(),
        primary.digest(),
        primary.size(),
        primary.role(),
        views.stream().map(TagDetails::role).toList(),
        primary.verified(),
        primary.reason(),
        threshold(trust, primary.role()),
        signatures);
  }

  private static int rank(String role) {
    if (role.equals(RELEASES)) {
      return 0;
    }
    return role.equals(TARGETS) ? 1 : 2;
  }

  /**
   * The signers whose keys a role lists: for releases, every signer with a key in it; for a
   * signer's own role ({@code targets/alice}), that signer; for the other roles, none (the portal's
   * keys sign them).
   */
  public static List<String> signersOf(TrustDetails trust, String role) {
    if (role.equals(RELEASES)) {
      Optional<RoleDetails> releases =
          trust.roles().stream().filter(r -> r.name().equals(RELEASES)).findFirst();
      List<String> ids = releases.map(RoleDetails::keyIds).orElse(List.of());
      return trust.signers().stream()
          .filter(signer -> signer.keys().stream().anyMatch(key -> ids.contains(key.id())))
          .map(SignerDetails::name)
          .toList();
    }
    if (role.startsWith(DELEGATION_PREFIX)) {
      String name = role.substring(DELEGATION_PREFIX.length());
      return trust.signers().stream().map(SignerDetails::name).filter(name::equals).toList();
    }
    return List.of();
  }

  /** How many valid signatures the role needs; 1 for a role the data does not describe. */
  public static int threshold(TrustDetails trust, String role) {
    Optional<Integer> top =
        trust.roles().stream()
            .filter(r -> r.name().equals(role))
            .map(RoleDetails::threshold)
            .findFirst();
    if (top.isPresent()) {
      return top.get();
    }
    String name =
        role.startsWith(DELEGATION_PREFIX) ? role.substring(DELEGATION_PREFIX.length()) : role;
    return trust.signers().stream()
        .filter(s -> s.name().equals(name))
        .map(SignerDetails::threshold)
        .findFirst()
        .orElse(1);
  }

  /**
   * The tags that verify now and would not with {@code threshold} for {@code role}: fewer valid
   * signatures than it asks for ({@link TagImpacts}, the rule of every change's impact). Shown
   * before the change is filed.
   */
  public static List<String> tagsThatWouldStopVerifying(
      TrustDetails trust, String role, int threshold) {
    return TagImpacts.stopVerifying(trust, TrustEffect.threshold(role, threshold));
  }
}
