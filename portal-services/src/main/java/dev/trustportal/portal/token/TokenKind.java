package dev.trustportal.portal.token;

/** Whom a token acts for: a person, or an organisation's robot (for CI). */
public enum TokenKind {
  PERSONAL,
  ROBOT
}
