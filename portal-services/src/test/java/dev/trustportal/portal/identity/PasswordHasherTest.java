package dev.trustportal.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void verifiesTheRightPassword() {
    String stored = hasher.hash("correct horse".toCharArray());
    assertThat(hasher.verify("correct horse".toCharArray(), stored)).isTrue();
  }

  @Test
  void rejectsAWrongPassword() {
    String stored = hasher.hash("correct horse".toCharArray());
    assertThat(hasher.verify("correct horsf".toCharArray(), stored)).isFalse();
    assertThat(hasher.verify(new char[0], stored)).isFalse();
  }

  @Test
  void twoHashesOfTheSamePasswordDifferBecauseOfTheSalt() {
    assertThat(hasher.hash("same".toCharArray())).isNotEqualTo(hasher.hash("same".toCharArray()));
  }

  @Test
  void storedFormIsSchemeIterationsSaltAndHash() {
    String[] parts = hasher.hash("pw".toCharArray()).split("\\$");
    assertThat(parts).hasSize(4);
    assertThat(parts[0]).isEqualTo("pbkdf2-sha512");
    assertThat(parts[1]).isEqualTo("210000");
    assertThat(java.util.Base64.getDecoder().decode(parts[2])).hasSize(16);
    assertThat(java.util.Base64.getDecoder().decode(parts[3])).hasSize(64);
  }

  @Test
  void malformedStoredValuesNeverMatch() {
    char[] pw = "pw".toCharArray();
    assertThat(hasher.verify(pw, null)).isFalse();
    assertThat(hasher.verify(pw, "")).isFalse();
    assertThat(hasher.verify(pw, "md5$1$abc$def")).isFalse();
    assertThat(hasher.verify(pw, "pbkdf2-sha512$x$AAAA$AAAA")).isFalse();
    assertThat(hasher.verify(pw, "pbkdf2-sha512$1000$!!$AAAA")).isFalse();
  }
}
