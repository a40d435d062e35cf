package dev.trustportal.portal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OutboxDrainTest {

  @Test
  void aRoundStopsWhenTheOutboxIsEmpty() {
    OutboxDrain drain = new OutboxDrain("test", 1, 100);
    AtomicInteger left = new AtomicInteger(3);
    AtomicInteger calls = new AtomicInteger();

    drain.drain(() -> calls.incrementAndGet() > 0 && left.getAndDecrement() > 0);

    assertThat(left.get()).isLessThanOrEqualTo(0);
    assertThat(calls.get()).isEqualTo(4);
  }

  @Test
  void aRoundTakesAtMostItsLimit() {
    OutboxDrain drain = new OutboxDrain("test", 1, 5);
    AtomicInteger handled = new AtomicInteger();

    drain.drain(() -> handled.incrementAndGet() > 0);

    assertThat(handled.get()).isEqualTo(5);
  }

  @Test
  void aRequestWhileTheOnlyRoundIsBusyMakesThatRoundGoOnceMore() {
    OutboxDrain drain = new OutboxDrain("test", 1, 100);
    AtomicInteger rounds = new AtomicInteger();
    AtomicInteger nested = new AtomicInteger();

    drain.drain(
        () -> {
          if (rounds.incrementAndGet() == 1) {
            // Another caller asks while this round runs: it finds no free round and only marks.
            drain.drain(() -> nested.incrementAndGet() > 0);
          }
          return false;
        });

    assertThat(nested.get()).as("the busy caller ran no round of its own").isZero();
    assertThat(rounds.get()).as("the finishing round went once more").isEqualTo(2);
  }

  @Test
  void aFailingRoundIsLoggedAndTheNextRequestRunsAgain() {
    OutboxDrain drain = new OutboxDrain("test", 1, 100);
    AtomicInteger calls = new AtomicInteger();

    drain.drain(
        () -> {
          calls.incrementAndGet();
          throw new IllegalStateException("database away");
        });
    drain.drain(() -> calls.incrementAndGet() < 0);

    assertThat(calls.get()).isEqualTo(2);
  }
}
