package dev.trustportal.ui.repository;

/** The paths of the repository pages, relative to the application's base URL. */
public final class RepositoryLinks {

  private RepositoryLinks() {}

  public static String repositoriesPath(String org) {
    return "orgs/" + org + "/repositories";
  }

  /** Repository names may contain '/'; the trust route takes the rest of the path as the name. */
  static String trustPath(String org, String repository) {
    return repositoriesPath(org) + "/" + repository;
  }

  /** The 12-character prefix of a key ID that the notary CLI prints. */
  static String shortId(String keyId) {
    return keyId.length() > 12 ? keyId.substring(0, 12) : keyId;
  }
}
