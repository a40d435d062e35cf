package dev.trustportal.portal.repository;

import java.util.List;

/** A signed tag: the hex SHA-256 digest docker and notary show, its size, and the roles that sign it. */
public record TagView(String name, String digest, long size, List<String> signedBy) {

  public TagView {
    signedBy = List.copyOf(signedBy);
  }
}
