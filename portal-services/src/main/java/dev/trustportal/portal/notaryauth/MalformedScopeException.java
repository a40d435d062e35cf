package dev.trustportal.portal.notaryauth;

import jakarta.ejb.ApplicationException;

/**
 * A {@code scope} parameter the token service cannot read; the realm answers 400 with the message.
 */
@ApplicationException(rollback = true)
public class MalformedScopeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String scope;

  public MalformedScopeException(String scope, String reason) {
    super(
        "The scope '"
            + scope
            + "' is malformed: "
            + reason
            + ". Expected repository:<registry host>/<organisation>/<repository>:<actions>, actions"
            + " from pull, push, *.");
    this.scope = scope;
  }

  public String scope() {
    return scope;
  }
}
