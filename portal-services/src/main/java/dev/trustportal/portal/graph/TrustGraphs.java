package dev.trustportal.portal.graph;

import dev.trustportal.portal.expiry.ExpiryWindow;
import dev.trustportal.portal.repository.KeyDetails;
import dev.trustportal.portal.repository.RoleDetails;
import dev.trustportal.portal.repository.SignerDetails;
import dev.trustportal.portal.repository.TagDetails;
import dev.trustportal.portal.repository.TrustDetails;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the trust graph of a repository from the trust data the trust page reads: the same roles,
 * keys and tags as its tables, marked with the radar's warning window. Pure.
 */
public final class TrustGraphs {

  /** How many tags of a role the graph names; the rest are counted. */
  public static final int TAGS_SHOWN = 5;

  private static final String RELEASES = "targets/releases";

  private TrustGraphs() {}

  public static TrustGraph of(TrustDetails trust, ExpiryWindow window, Instant now) {
    Marks marks = new Marks(window, now, trust);
    GraphRole root = topLevel(trust, "root", marks);
    GraphRole targets = topLevel(trust, "targets", marks);
    List<GraphRole> delegations = delegations(trust, marks);
    List<GraphKey> keys = new ArrayList<>();
    List<GraphEdge> edges = new ArrayList<>();
    edges.add(new GraphEdge(root.id(), targets.id(), GraphEdge.Kind.DELEGATES));
    Map<String, GraphKey> byId = new LinkedHashMap<>();
    for (GraphRole delegation : delegations) {
      edges.add(new GraphEdge(targets.id(), delegation.id(), GraphEdge.Kind.DELEGATES));
      for (String keyId : keyIdsOf(trust, delegation.name())) {
        GraphKey key = byId.computeIfAbsent(keyId, id -> key(trust, id, marks));
        edges.add(new GraphEdge(delegation.id(), key.id(), GraphEdge.Kind.LISTS));
      }
    }
    keys.addAll(byId.values());
    List<GraphTags> tags = tagGroups(trust, targets, delegations, marks);
    for (GraphTags group : tags) {
      edges.addAll(signatures(trust, group, targets, byId));
    }
    return new TrustGraph(trust.gun(), root, targets, delegations, keys, tags, edges);
  }

  private static GraphRole topLevel(TrustDetails trust, String name, Marks marks) {
    RoleDetails role =
        trust.roles().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    return marks.role(name, role.threshold(), role.keyIds().size(), role.expires(), true);
  }

  /** Releases first, then each signer's own role, as the tables list them. */
  private static List<GraphRole> delegations(TrustDetails trust, Marks marks) {
    List<GraphRole> delegations = new ArrayList<>();
    trust.roles().stream()
        .filter(r -> r.name().equals(RELEASES))
        .forEach(
            r ->
                delegations.add(
                    marks.role(r.name(), r.threshold(), r.keyIds().size(), r.expires(), false)));
    for (SignerDetails signer : trust.signers()) {
      delegations.add(
          marks.role(
              signer.role(), signer.threshold(), signer.keys().size(), signer.expires(), false));
    }
    return delegations;
  }

  private static List<String> keyIdsOf(TrustDetails trust, String role) {
    if (role.equals(RELEASES)) {
      return trust.roles().stream()
          .filter(r -> r.name().equals(RELEASES))
          .flatMap(r -> r.keyIds().stream())
          .toList();
    }
    return trust.signers().stream()
        .filter(s -> s.role().equals(role))
        .flatMap(s -> s.keys().stream().map(KeyDetails::id))
        .toList();
  }

  private static GraphKey key(TrustDetails trust, String keyId, Marks marks) {
    List<String> holders = new ArrayList<>();
    Optional<Instant> expires = Optional.empty();
    for (SignerDetails signer : trust.signers()) {
      for (KeyDetails key : signer.keys()) {
        if (key.id().equals(keyId)) {
          holders.add(signer.name());
          expires = expires.or(key::expires);
        }
      }
    }
    return new GraphKey(keyId, holders, marks.expiry(expires));
  }

  /** One group per role holding tags: targets first, then the delegations in their order. */
  private static List<GraphTags> tagGroups(
      TrustDetails trust, GraphRole targets, List<GraphRole> delegations, Marks marks) {
    List<String> order = new ArrayList<>();
    order.add(targets.name());
    delegations.forEach(d -> order.add(d.name()));
    Map<String, List<TagDetails>> byRole = new LinkedHashMap<>();
    order.forEach(role -> byRole.put(role, new ArrayList<>()));
    trust.tags().forEach(t -> byRole.computeIfAbsent(t.role(), r -> new ArrayList<>()).add(t));
    List<GraphTags> groups = new ArrayList<>();
    byRole.forEach(
        (role, tags) -> {
          if (!tags.isEmpty()) {
            groups.add(group(role, tags));
          }
        });
    return groups;
  }

  private static GraphTags group(String role, List<TagDetails> tags) {
    // By name, so that the same few are drawn on every read (the trust data keeps no order).
    List<GraphTags.GraphTag> shown =
        tags.stream()
            .sorted(Comparator.comparing(TagDetails::name))
            .limit(TAGS_SHOWN)
            .map(t -> new GraphTags.GraphTag(t.name(), t.verified()))
            .toList();
    boolean allVerified = tags.stream().allMatch(TagDetails::verified);
    return new GraphTags(role, tags.size(), shown, allVerified ? Mark.OK : Mark.UNVERIFIED);
  }

  /**
   * The keys whose valid signatures cover the group's role (all its tags share the role's
   * signatures); the portal's targets key is drawn as the targets role itself.
   */
  private static List<GraphEdge> signatures(
      TrustDetails trust, GraphTags group, GraphRole targets, Map<String, GraphKey> keys) {
    if (group.role().equals(targets.name())) {
      return List.of(new GraphEdge(targets.id(), group.id(), GraphEdge.Kind.SIGNS));
    }
    Set<String> signed = new LinkedHashSet<>();
    trust.tags().stream()
        .filter(t -> t.role().equals(group.role()))
        .forEach(t -> signed.addAll(t.signedKeys()));
    return signed.stream()
        .filter(keys::containsKey)
        .map(id -> new GraphEdge(keys.get(id).id(), group.id(), GraphEdge.Kind.SIGNS))
        .toList();
  }

  /** The marks of one graph: expiry against the warning window now, and verification. */
  private record Marks(ExpiryWindow window, Instant now, TrustDetails trust) {

    GraphRole role(
        String name, int threshold, int keys, Optional<Instant> expires, boolean portalSigns) {
      Mark mark = expiry(expires);
      boolean unverified =
          trust.tags().stream().anyMatch(t -> t.role().equals(name) && !t.verified());
      if (mark == Mark.OK && unverified) {
        mark = Mark.UNVERIFIED;
      }
      Optional<Long> daysLeft =
          expires.map(e -> Math.floorDiv(Duration.between(now, e).getSeconds(), 86_400L));
      return new GraphRole(name, threshold, keys, expires, daysLeft, mark, portalSigns);
    }

    Mark expiry(Optional<Instant> expires) {
      if (expires.isEmpty()) {
        return Mark.OK;
      }
      if (!expires.get().isAfter(now)) {
        return Mark.EXPIRED;
      }
      return window.warns(expires.get(), now) ? Mark.EXPIRING : Mark.OK;
    }
  }
}
