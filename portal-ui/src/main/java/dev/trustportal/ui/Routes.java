package dev.trustportal.ui;

import java.util.List;

/**
 * Every route of the portal, in one place. The views' {@code @Route} values are these constants, a
 * unit test checks that every view's route is in {@link #ALL}, and the tenancy integration test
 * walks {@link #ALL} as a member of another organisation: a new view cannot be left out of that
 * walk.
 */
public final class Routes {

  /** The route parameter that names the organisation of an org-scoped route. */
  public static final String ORG = "org";

  /** The query parameter of {@link #AUDIT} that names the organisation whose chain is shown. */
  public static final String AUDIT_ORG = "org";

  public static final String ORGANISATIONS = "";
  public static final String LOGIN = "login";
  public static final String AUDIT = "audit";
  public static final String API_TOKENS = "tokens";
  public static final String SECURITY_KEYS = "security-keys";
  public static final String ORGANISATION = "orgs/:" + ORG;
  public static final String MEMBERS = ORGANISATION + "/members";
  public static final String CHANGES = ORGANISATION + "/changes";
  public static final String REPOSITORIES = ORGANISATION + "/repositories";
  public static final String ROBOT_TOKENS = ORGANISATION + "/robot-tokens";
  public static final String SIGNER_REQUESTS = ORGANISATION + "/signer-requests";
  public static final String WEBHOOKS = ORGANISATION + "/webhooks";

  /** The support desk: search across organisations, and the support cases. */
  public static final String SUPPORT = "support";

  public static final String SUPPORT_CASES = SUPPORT + "/cases";

  /** The route parameter of {@link #SUPPORT_CASE}: the case's number. */
  public static final String CASE_ID = "id";

  public static final String SUPPORT_CASE = SUPPORT_CASES + "/:" + CASE_ID + "([0-9]+)";

  /** The platform admins' settings: the FIDO metadata that security keys are checked against. */
  public static final String PLATFORM_SETTINGS = "platform";

  /** The platform admins' list of accounts and their platform roles. */
  public static final String PLATFORM_USERS = PLATFORM_SETTINGS + "/users";

  /** Repository names may contain '/': the wildcard takes the rest of the path. */
  public static final String REPOSITORY_TRUST = REPOSITORIES + "/:repo*";

  /**
   * A root ceremony of an organisation in OWNERS custody; its ID parameter is named as a support
   * case's.
   */
  public static final String ROOT_CEREMONY =
      ORGANISATION + "/root-ceremonies/:" + CASE_ID + "([0-9]+)";

  public static final List<String> ALL =
      List.of(
          ORGANISATIONS,
          LOGIN,
          AUDIT,
          API_TOKENS,
          SECURITY_KEYS,
          ORGANISATION,
          MEMBERS,
          CHANGES,
          REPOSITORIES,
          REPOSITORY_TRUST,
          ROBOT_TOKENS,
          SUPPORT,
          SUPPORT_CASES,
          SUPPORT_CASE,
          SIGNER_REQUESTS,
          PLATFORM_SETTINGS,
          ROOT_CEREMONY,
          PLATFORM_USERS,
          WEBHOOKS);

  private Routes() {}
}
