package dev.trustportal.portal.common.internal;

import java.sql.SQLException;

/** Recognises a unique-constraint violation by its SQL state, independently of the JPA provider. */
public final class UniqueViolation {

  // SQLSTATE class 23 "integrity constraint violation", 23505 "unique_violation" (PostgreSQL,
  // SQL:2011).
  private static final String UNIQUE_VIOLATION = "23505";

  private UniqueViolation() {}

  public static boolean isCausedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        return false;
      }
    }
    return false;
  }
}
