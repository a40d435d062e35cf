package dev.trustportal.notary.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
  private final ObjectMapper mapper = new ObjectMapper();

  private String canon(String json) throws Exception {
    return new String(CanonicalJson.encode(mapper.readTree(json)), StandardCharsets.UTF_8);
  }

  @Test
  void sortsKeysBytewiseWithoutWhitespace() throws Exception {
    assertThat(
            canon("{ \"é\": 1, \"b\": [ true, null ], \"B\": \"x\", \"a\": {\"z\":0,\"y\":-5} }"))
        .isEqualTo("{\"B\":\"x\",\"a\":{\"y\":-5,\"z\":0},\"b\":[true,null],\"é\":1}");
  }

  @Test
  void escapesOnlyQuoteAndBackslash() throws Exception {
    assertThat(canon("{\"k\":\"<>&\\u2028\\u007f\\\"\\\\é\"}"))
        .isEqualTo("{\"k\":\"<>&\u2028\u007f\\\"\\\\é\"}");
  }

  @Test
  void refusesFractions() {
    assertThatThrownBy(() -> canon("{\"n\":1.5}")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void formatsExpiryAsGoDoes() {
    assertThat(Rfc3339.format(Instant.parse("2029-11-24T03:18:25.998871990Z")))
        .isEqualTo("2029-11-24T03:18:25.99887199Z");
    assertThat(Rfc3339.format(Instant.parse("2030-01-01T00:00:00Z")))
        .isEqualTo("2030-01-01T00:00:00Z");
    assertThat(Rfc3339.parse("2030-01-01T02:00:00.123+02:00"))
        .isEqualTo(Instant.parse("2030-01-01T00:00:00.123Z"));
  }

  @Test
  void sortsKeysWithCharactersBeyondTheBasicPlaneBytewise() throws Exception {
    // U+1F600 (UTF-8 F0…) sorts after U+FF5E (EF…) bytewise, though its UTF-16 surrogates sort
    // before it.
    assertThat(canon("{\"\ud83d\ude00\":1,\"\uff5e\":2}"))
        .isEqualTo("{\"\uff5e\":2,\"\ud83d\ude00\":1}");
  }

  @Test
  void matchesBytesThatAreTheCanonicalEncodingAndNothingElse() throws Exception {
    byte[] file =
        "{\"signed\":{\"a\":1,\"b\":\"x\"},\"signatures\":[]}".getBytes(StandardCharsets.UTF_8);
    assertThat(CanonicalJson.matchedLength(mapper.readTree("{\"b\":\"x\",\"a\":1}"), file, 10))
        .isEqualTo("{\"a\":1,\"b\":\"x\"}".length());
    byte[] spaced = "{\"signed\":{\"a\": 1,\"b\":\"x\"}}".getBytes(StandardCharsets.UTF_8);
    assertThat(CanonicalJson.matchedLength(mapper.readTree("{\"a\":1,\"b\":\"x\"}"), spaced, 10))
        .isEqualTo(-1);
    byte[] truncated = "{\"signed\":{\"a\":1".getBytes(StandardCharsets.UTF_8);
    assertThat(CanonicalJson.matchedLength(mapper.readTree("{\"a\":1}"), truncated, 10))
        .isEqualTo(-1);
  }
}
