package dev.trustportal.portal.identity;

import java.util.Set;

/** A successfully verified caller and the roles it holds. */
public record Caller(String username, Set<String> roles) {

  public Caller {
    roles = Set.copyOf(roles);
  }
}
