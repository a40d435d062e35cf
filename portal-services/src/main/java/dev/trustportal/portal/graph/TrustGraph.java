package dev.trustportal.portal.graph;

import java.util.List;

/**
 * A repository's trust as a graph, in the order it is drawn: root, targets, the delegations
 * (releases first), their keys, the tags of each role, and the arrows between them.
 */
public record TrustGraph(
    String gun,
    GraphRole root,
    GraphRole targets,
    List<GraphRole> delegations,
    List<GraphKey> keys,
    List<GraphTags> tags,
    List<GraphEdge> edges) {

  public TrustGraph {
    delegations = List.copyOf(delegations);
    keys = List.copyOf(keys);
    tags = List.copyOf(tags);
    edges = List.copyOf(edges);
  }
}
