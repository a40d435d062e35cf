package dev.trustportal.ui.component;

/**
 * The paths of an organisation's pages, relative to the application's base URL. Kept here, by path
 * rather than by view class, so that features can link to each other's pages without depending on
 * each other's packages.
 */
public final class OrgPaths {

  private OrgPaths() {}

  /** The organisation's overview. */
  public static String organisation(String org) {
    return "orgs/" + org;
  }

  public static String repositories(String org) {
    return organisation(org) + "/repositories";
  }

  /** Repository names may contain '/'; the trust route takes the rest of the path as the name. */
  public static String repository(String org, String repository) {
    return repositories(org) + "/" + repository;
  }

  public static String members(String org) {
    return organisation(org) + "/members";
  }

  public static String changes(String org) {
    return organisation(org) + "/changes";
  }

  public static String signerRequests(String org) {
    return organisation(org) + "/signer-requests";
  }

  public static String robotTokens(String org) {
    return organisation(org) + "/robot-tokens";
  }

  public static String webhooks(String org) {
    return organisation(org) + "/webhooks";
  }

  /** The organisation's audit chain (a page for its owners and admins). */
  public static String audit(String org) {
    return "audit?org=" + org;
  }
}
