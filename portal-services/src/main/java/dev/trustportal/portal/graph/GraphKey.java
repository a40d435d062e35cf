package dev.trustportal.portal.graph;

import java.util.List;

/**
 * A delegation key: its ID, the signers who hold it, and how it fares (a certificate that expires
 * soon or has expired is marked).
 */
public record GraphKey(String keyId, List<String> holders, Mark mark) {

  public GraphKey {
    holders = List.copyOf(holders);
  }

  public String id() {
    return "key:" + keyId;
  }
}
