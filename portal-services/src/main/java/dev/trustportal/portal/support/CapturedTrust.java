package dev.trustportal.portal.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.tuf.DelegatedRole;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Targets;
import dev.trustportal.notary.verify.TrustedRepository;
import dev.trustportal.notary.verify.VerificationResult;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a case knows of the repository's trust data when it was opened: the top-level key IDs (as in
 * root.json), the delegations with their keys, thresholds and paths, and every tag with the keys
 * that validly signed the role holding it. A case is carried out from this record, so what was
 * approved is what happens; {@code unreadable} says why nothing could be captured (a reset still
 * proceeds).
 */
public record CapturedTrust(
    String rootKeyId,
    String targetsKeyId,
    String snapshotKeyId,
    List<Role> delegations,
    List<Tag> tags,
    String unreadable) {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public CapturedTrust {
    delegations = List.copyOf(delegations);
    tags = List.copyOf(tags);
  }

  /** A delegation role: its keys by the ID they have in the metadata. */
  public record Role(String role, int threshold, List<String> paths, Map<String, Key> keys) {
    public Role {
      paths = List.copyOf(paths);
      keys = new LinkedHashMap<>(keys);
    }

    /**
     * The signer a role {@code targets/<name>} stands for; empty for targets/releases and deeper
     * roles.
     */
    public Optional<String> signer() {
      String name = role.substring(RoleName.TARGETS.value().length() + 1);
      return role.equals(RoleName.RELEASES.value()) || name.contains("/")
          ? Optional.empty()
          : Optional.of(name);
    }

    /**
     * The ID in this role of the key named by either its ID here or its canonical ID (facts §6).
     */
    public Optional<String> keyIdOf(String eitherId) {
      return keys.entrySet().stream()
          .filter(
              e ->
                  e.getKey().equals(eitherId)
                      || KeyIds.canonical(e.getValue()).value().equals(eitherId))
          .map(Map.Entry::getKey)
          .findFirst();
    }
  }

  /** A tag, the role holding it, and the key IDs whose signatures over that role verified. */
  public record Tag(String name, String role, List<String> signedBy) {
    public Tag {
      signedBy = List.copyOf(signedBy);
    }
  }

  public static CapturedTrust unreadable(String why) {
    return new CapturedTrust(null, null, null, List.of(), List.of(), why);
  }

  /**
   * Captures verified trust data; tags of delegations that failed verification are not visible, as
   * in notary.
   */
  public static CapturedTrust of(TrustedRepository trust) {
    Root root = trust.root().signed();
    List<Role> roles = new ArrayList<>();
    for (DelegatedRole d : trust.delegationRoles()) {
      Map<KeyId, Key> known =
          trust
              .targetsOf(d.name().parent())
              .map(Metadata::signed)
              .map(Targets::delegations)
              .map(del -> del.keys())
              .orElse(Map.of());
      Map<String, Key> keys = new LinkedHashMap<>();
      d.keyIds()
          .forEach(
              id -> Optional.ofNullable(known.get(id)).ifPresent(k -> keys.put(id.value(), k)));
      roles.add(new Role(d.name().value(), d.threshold(), d.paths(), keys));
    }
    List<Tag> tags =
        trust.targetsList().stream()
            .map(
                t ->
                    new Tag(
                        t.name(),
                        t.role().value(),
                        Optional.ofNullable(trust.results().get(t.role()))
                            .map(VerificationResult::signed)
                            .orElse(List.of())
                            .stream()
                            .map(KeyId::value)
                            .toList()))
            .toList();
    return new CapturedTrust(
        first(root, RoleName.ROOT),
        first(root, RoleName.TARGETS),
        first(root, RoleName.SNAPSHOT),
        roles,
        tags,
        null);
  }

  private static String first(Root root, RoleName role) {
    return root.role(role).keyIds().stream().findFirst().map(KeyId::value).orElse(null);
  }

  public Optional<Role> role(String name) {
    return delegations.stream().filter(r -> r.role().equals(name)).findFirst();
  }

  /** Distinct tag names, in the order first seen. */
  public List<String> tagNames() {
    return tags.stream().map(Tag::name).distinct().toList();
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static CapturedTrust fromJson(String json) {
    try {
      return JSON.readValue(json, CapturedTrust.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
