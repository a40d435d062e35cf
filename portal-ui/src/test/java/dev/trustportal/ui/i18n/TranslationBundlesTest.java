package dev.trustportal.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.portal.change.ChangeState;
import dev.trustportal.portal.change.ChangeType;
import dev.trustportal.portal.identity.TokenAccess;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.securitykey.RequiredKeys;
import dev.trustportal.portal.signerrequest.SignerRequestState;
import dev.trustportal.portal.support.CaseKind;
import dev.trustportal.portal.support.CaseState;
import dev.trustportal.portal.support.CaseStep;
import dev.trustportal.portal.support.HealthFinding;
import dev.trustportal.portal.webhook.WebhookEvent;
import dev.trustportal.portal.worklist.RepositoryTrustState;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationBundlesTest {

  private static final Pattern TRANSLATION_CALL =
      Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");
  // Keys built at run time: the part before the variable, with the values it takes.
  private static final Map<String, Set<String>> DYNAMIC_KEYS =
      Map.ofEntries(
          Map.entry("language.", Set.of("language.en", "language.zh-CN")),
          Map.entry(
              "audit.action.",
              Set.of(
                  "audit.action.audit.exported",
                  "audit.action.change.filed",
                  "audit.action.access.denied",
                  "audit.action.sign-in.succeeded")),
          Map.entry(
              "audit.outcome.",
              Set.of("audit.outcome.SUCCEEDED", "audit.outcome.DENIED", "audit.outcome.FAILED")),
          Map.entry(
              "member.role.",
              Set.of(
                  "member.role.OWNER",
                  "member.role.ADMIN",
                  "member.role.SIGNER",
                  "member.role.VIEWER")),
          named("change.state.", ChangeState.values()),
          named("change.type.", ChangeType.values()),
          named("token.access.", TokenAccess.values()),
          named("support.finding.", HealthFinding.Kind.values()),
          named("support.kind.", CaseKind.values()),
          named("support.state.", CaseState.values()),
          named("support.step.", CaseStep.values()),
          named("signer-request.state.", SignerRequestState.values()),
          named("policy.required-keys.", RequiredKeys.values()),
          named("repositories.state.", RepositoryTrustState.values()),
          named("member.role.does.", MemberRole.values()),
          Map.entry(
              "platform.role.", Set.of("platform.role.platform-admin", "platform.role.support")),
          Map.entry(
              "platform.role.does.",
              Set.of("platform.role.does.platform-admin", "platform.role.does.support")),
          Map.entry(
              "webhooks.event.",
              Arrays.stream(WebhookEvent.values())
                  .map(e -> "webhooks.event." + e.wireName())
                  .collect(Collectors.toSet())),
          Map.entry(
              "webhooks.state.",
              Set.of(
                  "webhooks.state.PENDING", "webhooks.state.DELIVERED", "webhooks.state.FAILED")));

  private static Map.Entry<String, Set<String>> named(String prefix, Enum<?>[] values) {
    return Map.entry(
        prefix, Arrays.stream(values).map(v -> prefix + v.name()).collect(Collectors.toSet()));
  }

  private final Properties english = load("vaadin-i18n/translations.properties");
  private final Properties chinese = load("vaadin-i18n/translations_zh_CN.properties");

  @Test
  void englishAndChineseHaveExactlyTheSameKeys() {
    assertThat(new TreeSet<>(chinese.stringPropertyNames()))
        .containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
  }

  @Test
  void noTranslationIsEmpty() {
    for (Properties bundle : new Properties[] {english, chinese}) {
      assertThat(bundle.stringPropertyNames())
          .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }
  }

  @Test
  void everyTextIsAValidMessageFormatWithoutStrayApostrophes() {
    for (Properties bundle : new Properties[] {english, chinese}) {
      for (String key : bundle.stringPropertyNames()) {
        String pattern = bundle.getProperty(key);
        new MessageFormat(pattern); // throws on a malformed pattern
        assertThat(pattern.replace("''", "")).as(key).doesNotContain("'");
      }
    }
  }

  @Test
  void everyKeyUsedInTheSourcesExists() throws IOException {
    assertThat(keysUsedInSources())
        .isNotEmpty()
        .allSatisfy(key -> assertThat(english).containsKey(key));
    DYNAMIC_KEYS
        .values()
        .forEach(keys -> assertThat(english.stringPropertyNames()).containsAll(keys));
  }

  @Test
  void everyDomainErrorCodeHasAnEnglishAndChineseText() {
    Set<String> errorKeys =
        english.stringPropertyNames().stream()
            .filter(k -> k.startsWith("error."))
            .collect(Collectors.toSet());
    assertThat(errorKeys)
        .contains(
            "error.invalid_name",
            "error.invalid_name.empty",
            "error.invalid_name.too_long",
            "error.duplicate_name",
            "error.not_found",
            "error.invalid_page_request",
            "error.forbidden",
            "error.forbidden.role",
            "error.not_found.account",
            "error.not_found.member",
            "error.already_member",
            "error.last_owner.remove",
            "error.last_owner.demote",
            "error.invalid_role",
            "error.invalid_username",
            "error.weak_password",
            "error.duplicate_username",
            "error.invalid_display_name",
            "error.malformed_key",
            "error.malformed_key.missing",
            "error.malformed_key.several",
            "error.malformed_key.type",
            "error.wrong_passphrase",
            "error.key_mismatch",
            "error.key_mismatch.other_role",
            "error.key_mismatch.other_gun",
            "error.not_published",
            "error.threshold_needs_more_keys",
            "error.snapshot_key_not_on_server",
            "error.unexpected");
  }

  @Test
  void everySentenceOfTheSupportCasePlansHasAText() {
    Properties plan = load("dev/trustportal/portal/support/plan.properties");
    assertThat(english.stringPropertyNames()).containsAll(plan.stringPropertyNames());
  }

  private static Set<String> keysUsedInSources() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = TRANSLATION_CALL.matcher(Files.readString(file));
        while (matcher.find()) {
          String key = matcher.group(1);
          if (!DYNAMIC_KEYS.containsKey(key)) {
            keys.add(key);
          }
        }
      }
    }
    return keys;
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in =
        TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
