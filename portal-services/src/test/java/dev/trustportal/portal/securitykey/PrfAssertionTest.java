package dev.trustportal.portal.securitykey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Taking the PRF result out of an assertion's JSON, and handing the verifier the rest without
 * extensions.
 */
class PrfAssertionTest {

  private static final String ASSERTION =
      "{\"id\":\"q5Xz\",\"type\":\"public-key\",\"response\":{\"signature\":"
          + "\"MEUC\"},\"clientExtensionResults\":";

  @Test
  void readsTheFirstPrfResultAndEmptiesTheClientExtensionResults() {
    byte[] output = new byte[32];
    output[0] = 7;
    String json =
        ASSERTION
            + "{\"prf\":{\"results\":{\"first\":\""
            + Base64.getUrlEncoder().withoutPadding().encodeToString(output)
            + "\"}}}}";

    PrfAssertion prf = PrfAssertion.of(json);

    assertThat(prf.first()).hasValueSatisfying(first -> assertThat(first).isEqualTo(output));
    assertThat(prf.assertionJson()).contains("\"clientExtensionResults\":{}").doesNotContain("prf");
    assertThat(prf.toString())
        .doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(output));
  }

  @Test
  void anAssertionWithoutPrfHasNoResult() {
    assertThat(PrfAssertion.of(ASSERTION + "{}}").first()).isEmpty();
    assertThat(PrfAssertion.of(ASSERTION + "{\"prf\":{\"enabled\":true}}}").first()).isEmpty();
  }

  @Test
  void refusesWhatIsNoAssertionJsonOrNoBase64url() {
    assertThatThrownBy(() -> PrfAssertion.of("not json"))
        .isInstanceOf(AssertionRefusedException.class);
    assertThatThrownBy(() -> PrfAssertion.of("[1]")).isInstanceOf(AssertionRefusedException.class);
    assertThatThrownBy(
            () -> PrfAssertion.of(ASSERTION + "{\"prf\":{\"results\":{\"first\":\"+/*\"}}}}"))
        .isInstanceOf(AssertionRefusedException.class)
        .hasMessageContaining("base64url");
  }
}
