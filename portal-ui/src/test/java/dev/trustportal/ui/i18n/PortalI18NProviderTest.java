package dev.trustportal.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PortalI18NProviderTest {

  private final PortalI18NProvider provider = new PortalI18NProvider();

  @Test
  void providesEnglishAndSimplifiedChinese() {
    assertThat(provider.getProvidedLocales())
        .containsExactly(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void translatesWithArguments() {
    assertThat(provider.getTranslation("organisations.created", Locale.ENGLISH, "acme"))
        .isEqualTo("Organisation acme created");
    assertThat(provider.getTranslation("organisations.created", Locale.SIMPLIFIED_CHINESE, "acme"))
        .isEqualTo("已创建组织 acme");
  }

  @Test
  void keepsApostrophesAndDoesNotGroupDigits() {
    assertThat(provider.getTranslation("error.invalid_name", Locale.ENGLISH, "Acme"))
        .startsWith("Organisation name 'Acme' is not valid")
        .endsWith("(for example 'acme-labs').");
    assertThat(provider.getTranslation("error.invalid_page_request", Locale.ENGLISH, 1000, 0, 500))
        .startsWith("Page 1000 of size 0");
  }

  @Test
  void fallsBackToEnglishForOtherLocalesEvenIfTheJvmDefaultIsChinese() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(provider.getTranslation("nav.organisations", Locale.FRENCH))
          .isEqualTo("Organisations");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void aCeremonyWhoseThresholdIsMetSaysSoInsteadOfNoneMoreNeeded() {
    assertThat(provider.getTranslation("ceremony.progress", Locale.ENGLISH, 1, 2, 1))
        .isEqualTo("1 of 2 custodians have touched their key; 1 more needed.");
    assertThat(provider.getTranslation("ceremony.progress", Locale.ENGLISH, 2, 2, 0))
        .isEqualTo("2 of 2 custodians have touched their key; the threshold is met.");
    assertThat(provider.getTranslation("ceremony.progress", Locale.SIMPLIFIED_CHINESE, 2, 2, 0))
        .isEqualTo("2 位托管人中已有 2 位触摸了密钥；已达到阈值。");
  }

  @Test
  void marksMissingKeys() {
    assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
  }
}
