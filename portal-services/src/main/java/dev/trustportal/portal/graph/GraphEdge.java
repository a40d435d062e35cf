package dev.trustportal.portal.graph;

/**
 * An arrow of the graph, between the IDs of its parts.
 *
 * @param kind {@code DELEGATES} (a role names the next), {@code LISTS} (a role lists a key) or
 *     {@code SIGNS} (a key's valid signature covers a role's tags)
 */
public record GraphEdge(String from, String to, Kind kind) {

  /** What the arrow means. */
  public enum Kind {
    DELEGATES,
    LISTS,
    SIGNS
  }
}
