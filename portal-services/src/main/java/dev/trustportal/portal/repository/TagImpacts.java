package dev.trustportal.portal.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one rule for which tags stop verifying for a fresh client, before a change (its dry run and
 * confirmation) and after it (the trust page, until they verify again). A tag verifies when one of
 * the roles a client takes it from has at least its threshold of valid signatures by keys the role
 * lists. Docker takes a tag from {@code targets/releases} or {@code targets} only; a tag that
 * neither holds is looked up in the delegations holding it. A change can delete a role, take keys
 * out of it (their signatures stop counting: notary ignores signatures by keys a role does not
 * list) or raise its threshold. Pure.
 */
public final class TagImpacts {

  private static final String RELEASES = "targets/releases";
  private static final String TARGETS = "targets";

  private TagImpacts() {}

  /** The tags that verify now and would verify from no role after the change, in page order. */
  public static List<String> stopVerifying(TrustDetails trust, TrustEffect effect) {
    Map<String, List<TagDetails>> byName = byName(trust);
    return byName.entrySet().stream()
        .filter(tag -> clientRoles(tag.getValue()).stream().anyMatch(TagDetails::verified))
        .filter(
            tag ->
                clientRoles(tag.getValue()).stream()
                    .noneMatch(t -> verifiesAfter(trust, t, effect)))
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * For a change: per delegation that stays, its tags that would stop verifying and who could
   * re-sign it afterwards (signers keeping a key in it).
   */
  public static List<Resigning> resigning(TrustDetails trust, TrustEffect effect) {
    List<String> stopping = stopVerifying(trust, effect);
    Map<String, List<String>> byRole = new LinkedHashMap<>();
    for (TagDetails tag : trust.tags()) {
      boolean clientRole =
          clientRoles(byName(trust).get(tag.name())).stream()
              .anyMatch(v -> v.role().equals(tag.role()));
      if (stopping.contains(tag.name())
          && clientRole
          && !effect.removes(tag.role())
          && tag.verified()) {
        List<String> tags = byRole.computeIfAbsent(tag.role(), role -> new ArrayList<>());
        if (!tags.contains(tag.name())) {
          tags.add(tag.name());
        }
      }
    }
    return byRole.entrySet().stream()
        .map(role -> advice(trust, role.getKey(), role.getValue(), effect))
        .toList();
  }

  /**
   * For a change: the tags that would stop verifying because every role holding them is deleted,
   * and who could sign each into {@code targets/releases} afterwards (its signers keeping a key
   * there), with the command. Docker reads tags from releases, so that is where they go back.
   */
  public static List<OrphanedTag> orphaned(TrustDetails trust, TrustEffect effect) {
    Map<String, List<TagDetails>> byName = byName(trust);
    boolean releasesStays =
        !effect.removes(RELEASES)
            && trust.roles().stream().anyMatch(r -> r.name().equals(RELEASES));
    List<String> signers = releasesStays ? signersAfter(trust, RELEASES, effect) : List.of();
    List<OrphanedTag> orphaned = new ArrayList<>();
    for (String name : stopVerifying(trust, effect)) {
      List<TagDetails> views = clientRoles(byName.get(name));
      if (views.stream().allMatch(view -> effect.removes(view.role()))) {
        TagDetails held = views.get(0);
        orphaned.add(
            new OrphanedTag(
                name,
                views.stream().map(TagDetails::role).distinct().toList(),
                RELEASES,
                signers,
                OrphanedTag.addhash(trust.gun(), name, held.size(), held.digest(), RELEASES)));
      }
    }
    return orphaned;
  }

  /** Whether some role's copy of the tag verifies now. */
  public static boolean verifies(TrustDetails trust, String tag) {
    return trust.tags().stream().anyMatch(t -> t.name().equals(tag) && t.verified());
  }

  /**
   * Now: per delegation, its tags that verify from no role (after a key or signer was removed, or a
   * threshold raised) and who can re-sign it. Empty once they verify again.
   */
  public static List<Resigning> unverified(TrustDetails trust) {
    Map<String, List<TagDetails>> byName = byName(trust);
    Map<String, List<String>> byRole = new LinkedHashMap<>();
    byName.forEach(
        (name, views) -> {
          List<TagDetails> client = clientRoles(views);
          if (client.stream().noneMatch(TagDetails::verified)) {
            client.forEach(
                view -> {
                  List<String> tags = byRole.computeIfAbsent(view.role(), r -> new ArrayList<>());
                  if (!tags.contains(name)) {
                    tags.add(name);
                  }
                });
          }
        });
    return byRole.entrySet().stream()
        .map(role -> advice(trust, role.getKey(), role.getValue(), TrustEffect.NONE))
        .toList();
  }

  private static Resigning advice(
      TrustDetails trust, String role, List<String> tags, TrustEffect effect) {
    return new Resigning(
        role, tags, signersAfter(trust, role, effect), Resigning.witness(trust.gun(), role));
  }

  /** The signers that keep a key the role lists after the change. */
  static List<String> signersAfter(TrustDetails trust, String role, TrustEffect effect) {
    List<String> keyIds = keysOf(trust, role);
    return trust.signers().stream()
        .filter(
            signer ->
                signer.keys().stream()
                    .anyMatch(k -> keyIds.contains(k.id()) && !effect.removesKey(role, k.id())))
        .map(SignerDetails::name)
        .toList();
  }

  private static boolean verifiesAfter(TrustDetails trust, TagDetails tag, TrustEffect effect) {
    if (!tag.verified() || effect.removes(tag.role())) {
      return false;
    }
    long valid = tag.signedKeys().stream().filter(id -> !effect.removesKey(tag.role(), id)).count();
    int threshold =
        effect.thresholds().getOrDefault(tag.role(), TrustWords.threshold(trust, tag.role()));
    return valid >= threshold;
  }

  /** The views of a tag a client takes it from: releases and targets if either holds it. */
  private static List<TagDetails> clientRoles(List<TagDetails> views) {
    List<TagDetails> docker =
        views.stream().filter(v -> v.role().equals(RELEASES) || v.role().equals(TARGETS)).toList();
    return docker.isEmpty() ? views : docker;
  }

  private static List<String> keysOf(TrustDetails trust, String role) {
    return trust.roles().stream()
        .filter(r -> r.name().equals(role))
        .findFirst()
        .map(RoleDetails::keyIds)
        .orElseGet(
            () ->
                trust.signers().stream()
                    .filter(s -> s.role().equals(role))
                    .flatMap(s -> s.keys().stream().map(KeyDetails::id))
                    .toList());
  }

  private static Map<String, List<TagDetails>> byName(TrustDetails trust) {
    Map<String, List<TagDetails>> byName = new LinkedHashMap<>();
    trust.tags().forEach(t -> byName.computeIfAbsent(t.name(), n -> new ArrayList<>()).add(t));
    return byName;
  }
}
