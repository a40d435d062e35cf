package dev.trustportal.portal.graph;

import java.util.List;

/**
 * The tags one role holds: how many, the first few of them with whether each verifies there, and
 * how the group fares (unverified if any of them does not verify). A repository with many tags is
 * drawn with the count and the first ones only.
 */
public record GraphTags(String role, int total, List<GraphTag> shown, Mark mark) {

  public GraphTags {
    shown = List.copyOf(shown);
  }

  public int more() {
    return total - shown.size();
  }

  public String id() {
    return "tags:" + role;
  }

  /** One tag of the group. */
  public record GraphTag(String name, boolean verified) {}
}
