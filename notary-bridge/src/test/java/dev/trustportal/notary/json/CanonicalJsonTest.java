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
    assertThat(canon("{ \"é\": 1, \"b\": [ true, null ], \"B\": \"x\", \"a\": {\"z\":0,\"y\":-5} }"))
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
    assertThat(Rfc3339.format(Instant.parse("2029-11-24T03:18:25.998871990Z"))).isEqualTo("2029-11-24T03:18:25.99887199Z");
    assertThat(Rfc3339.format(Instant.parse("2030-01-01T00:00:00Z"))).isEqualTo("2030-01-01T00:00:00Z");
    assertThat(Rfc3339.parse("2030-01-01T02:00:00.123+02:00")).isEqualTo(Instant.parse("2030-01-01T00:00:00.123Z"));
  }
}
