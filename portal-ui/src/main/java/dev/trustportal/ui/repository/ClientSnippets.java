package dev.trustportal.ui.repository;

/**
 * Ready-to-paste client configuration for a repository: notary's {@code ~/.notary/config.json} and
 * the docker environment (facts §11). The CA file is the one {@code GET /api/v1/notary} returns.
 */
final class ClientSnippets {

  static final String CA_FILE = "notary-ca.crt";

  private ClientSnippets() {}

  static String notaryConfig(String url) {
    return "{\n"
        + "  \"trust_dir\": \"~/.notary\",\n"
        + "  \"remote_server\": {\n"
        + "    \"url\": \""
        + url
        + "\",\n"
        + "    \"root_ca\": \""
        + CA_FILE
        + "\"\n"
        + "  }\n"
        + "}";
  }

  static String dockerEnvironment(String url, String gun) {
    String hostPort = url.replaceFirst("^https?://", "").replaceAll("/.*$", "");
    return "export DOCKER_CONTENT_TRUST_SERVER="
        + url
        + "\n"
        + "# the CA: $DOCKER_CONFIG/tls/"
        + hostPort
        + "/ca.crt (default ~/.docker/tls/...)\n"
        + "docker trust inspect --pretty "
        + gun;
  }
}
