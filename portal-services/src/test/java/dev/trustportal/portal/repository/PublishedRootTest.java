package dev.trustportal.portal.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.json.MetadataCodec;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published root.json judges an import, on a repository the real notary CLI made. */
class PublishedRootTest {

  static final Gun GUN = new Gun("example.com/cli/made");
  // root.json names the targets key (plain ecdsa, so its ID is also its canonical ID) and the root
  // certificate.
  static final String TARGETS_ID =
      "56c769c872c9471b47e2fe93b11c3b14a7cf26be194812de88d80166c4040d10";
  static final String ROOT_CERTIFICATE_ID =
      "c121d1bac6557ccf0f98d08c868c78b3cc2d34c4e8a03d13b31181a223991495";
  static final String SNAPSHOT_ID =
      "d8ea2d336386a6e9b607473923ef0135e84a64bf71ff9d51e6fe8ce775aa87fd";

  final Root root = cliRoot();
  final PublishedRoot published = new PublishedRoot(GUN, root);

  @Test
  void acceptsTheCliRootKeyThoughRootJsonNamesItByItsCertificatesId() throws IOException {
    OpenedKey cliRoot = cliRootKey(KeyRole.ROOT);

    assertThat(root.role(RoleName.ROOT).keyIds())
        .extracting(KeyId::value)
        .containsExactly(ROOT_CERTIFICATE_ID);
    assertThat(cliRoot.canonicalId().value()).isNotEqualTo(ROOT_CERTIFICATE_ID);
    assertThatCode(() -> published.requireKeyOf(cliRoot)).doesNotThrowAnyException();
  }

  @Test
  void theRootKeyGivenAsTargetsKeyIsCalledSwapped() throws IOException {
    assertThatThrownBy(() -> published.requireKeyOf(cliRootKey(KeyRole.TARGETS)))
        .isInstanceOfSatisfying(
            KeyMismatchException.class,
            e -> {
              assertThat(e.role()).isEqualTo(KeyRole.TARGETS);
              assertThat(e.code()).isEqualTo("key_mismatch");
              assertThat(e.messageKey()).isEqualTo("error.key_mismatch.other_role");
              assertThat(e.getMessage()).contains("is the root key of " + GUN).contains("swapped");
            });
  }

  @Test
  void aKeyOfNoRoleIsRefusedNamingTheKeyTheRoleExpects() {
    OpenedKey stranger =
        key(KeyRole.TARGETS, KeyPairs.ecdsaP256(), Map.of("role", "targets", "gun", GUN.value()));

    assertThatThrownBy(() -> published.requireKeyOf(stranger))
        .isInstanceOfSatisfying(
            KeyMismatchException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("error.key_mismatch");
              assertThat(e.getMessage())
                  .contains(
                      "(ID " + stranger.canonicalId().value() + ") is not a targets key of " + GUN)
                  .contains("expects " + TARGETS_ID);
            });
  }

  @Test
  void aKeyFileOfAnotherRepositorySaysWhichRepositoryItBelongsTo() {
    OpenedKey other =
        key(
            KeyRole.TARGETS,
            KeyPairs.ecdsaP256(),
            Map.of("role", "targets", "gun", "example.com/x/y"));

    assertThatThrownBy(() -> published.requireKeyOf(other))
        .isInstanceOfSatisfying(
            KeyMismatchException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("error.key_mismatch.other_gun");
              assertThat(e.getMessage()).contains("the file says it belongs to example.com/x/y");
            });
  }

  @Test
  void aRoleThatNeedsTwoSignaturesCannotBeHeldWithOneKey() {
    PublishedRoot twoOfTargets = new PublishedRoot(GUN, root.withThreshold(RoleName.TARGETS, 2));

    assertThatCode(() -> published.requireSignableWithOneKey(KeyRole.TARGETS))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> twoOfTargets.requireSignableWithOneKey(KeyRole.TARGETS))
        .isInstanceOfSatisfying(
            RoleNeedsMoreKeysException.class,
            e -> {
              assertThat(e.code()).isEqualTo("threshold_needs_more_keys");
              assertThat(e.getMessage()).contains("targets role of " + GUN + " needs 2 signatures");
            });
  }

  @Test
  void knowsWhetherTheServersSnapshotKeyIsTheOneRootNames() {
    assertThat(published.namesSnapshotKey(root.keys().get(new KeyId(SNAPSHOT_ID)))).isTrue();
    assertThat(published.namesSnapshotKey(TufKeys.ofPublicKey(KeyPairs.ecdsaP256().getPublic())))
        .isFalse();
  }

  private static OpenedKey cliRootKey(KeyRole givenAs) throws IOException {
    OpenedKey opened =
        KeyFiles.open(
            KeyRole.ROOT,
            new KeyFile(KeyFilesTest.cliRootKey(), "bridge-test-passphrase".toCharArray()));
    return new OpenedKey(givenAs, opened.privateKey(), opened.canonicalId(), opened.headers());
  }

  private static OpenedKey key(KeyRole role, KeyPair pair, Map<String, String> headers) {
    return new OpenedKey(
        role, pair.getPrivate(), KeyIds.of(TufKeys.ofPublicKey(pair.getPublic())), headers);
  }

  private static Root cliRoot() {
    try {
      byte[] file = KeyFilesTest.resource("cli-made/root.json").getBytes(StandardCharsets.UTF_8);
      return MetadataCodec.parse(RoleName.ROOT, file, Root.class).signed();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
