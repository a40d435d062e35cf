package dev.trustportal.api.audit;

/** The OpenAPI texts and examples of the audit endpoints' filters and exports. */
final class AuditApiTexts {

  static final String CSV = "text/csv";

  static final String DESCRIPTION =
      "Exactly the events that the same filter shows page by page, newest first, as CSV (RFC"
          + " 4180; a cell that starts with = + - or @ gets a leading apostrophe so that no"
          + " spreadsheet runs it) or as a JSON array. The export is recorded as an"
          + " audit.exported event in the same chain, and holds the events from before it."
          + " Readable as the chain; bad filter values or an unknown format are 400"
          + " invalid_audit_filter.";

  static final String CSV_EXAMPLE =
      "id,occurredAt,organisation,actor,action,target,outcome,detail,previousHash,hash\r\n"
          + "42,2026-12-07T10:15:30.123456Z,acme,alice,change.filed,"
          + "registry.example.com/acme/app,SUCCEEDED,\"Add signer carol, needs 1 approval\","
          + "3f…,9a…\r\n";

  static final String JSON_EXAMPLE =
      "[{\"id\":42,\"occurredAt\":\"2026-12-07T10:15:30.123456Z\",\"organisation\":\"acme\","
          + "\"actor\":\"alice\",\"action\":\"change.filed\",\"target\":"
          + "\"registry.example.com/acme/app\",\"outcome\":\"SUCCEEDED\",\"detail\":\"Add signer"
          + " carol, needs 1 approval\",\"previousHash\":\"3f…\",\"hash\":\"9a…\"}]";

  static final String ACTOR = "Only events of this username (exact), such as alice.";
  static final String ACTION = "Only events of this action code (exact), such as change.filed.";
  static final String GUN = "Only events about this repository, by its whole GUN.";
  static final String OUTCOME = "SUCCEEDED, DENIED or FAILED (any case).";
  static final String FROM =
      "Events at or after: a day (2026-12-07, from its start in UTC) or an instant"
          + " (2026-12-07T10:15:00Z).";
  static final String TO =
      "Events up to and including: a day (the whole day in UTC) or an instant.";
  static final String Q = "Text that the detail or the target contains, ignoring case.";
  static final String FORMAT = "csv (the default) or json";

  private AuditApiTexts() {}
}
