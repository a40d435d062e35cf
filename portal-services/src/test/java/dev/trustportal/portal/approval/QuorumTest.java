package dev.trustportal.portal.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuorumTest {

  @Test
  void twoOwnersOfAnyCompleteAQuorumOfTwo() {
    assertThat(Quorum.of(2).tally(List.of("olga"))).isEqualTo(new Tally(1, 2));
    assertThat(Quorum.of(2).tally(List.of("olga", "oscar")).complete()).isTrue();
  }

  @Test
  void aPersonCountsOnce() {
    assertThat(Quorum.of(2).tally(List.of("olga", "olga")).complete()).isFalse();
  }

  @Test
  void aQuorumOfNoneIsCompleteAtOnce() {
    assertThat(Quorum.of(0).tally(List.of()).complete()).isTrue();
  }

  @Test
  void theRequiredPersonAloneDoesNotComplete() {
    Tally agent = Quorum.personAnd("sam", 1).tally(List.of("sam"));
    assertThat(agent).isEqualTo(new Tally(1, 2));
    assertThat(agent.complete()).isFalse();
  }

  @Test
  void othersWithoutTheRequiredPersonDoNotComplete() {
    Tally owners = Quorum.personAnd("sam", 1).tally(List.of("olga", "oscar"));
    assertThat(owners).isEqualTo(new Tally(1, 2));
    assertThat(owners.complete()).isFalse();
  }

  @Test
  void theRequiredPersonAndTheOthersComplete() {
    assertThat(Quorum.personAnd("sam", 2).tally(List.of("sam", "olga", "oscar")))
        .isEqualTo(new Tally(3, 3));
  }
}
