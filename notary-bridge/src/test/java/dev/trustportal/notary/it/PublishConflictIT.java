package dev.trustportal.notary.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.crypto.FileMetas;
import dev.trustportal.notary.publish.Change;
import dev.trustportal.notary.publish.InMemorySigningKeys;
import dev.trustportal.notary.publish.PublishResult;
import dev.trustportal.notary.publish.Publisher;
import dev.trustportal.notary.server.NotaryServer;
import dev.trustportal.notary.server.VersionConflictException;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.verify.TrustedRepository;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A publish based on stale data gets 400 VERSION from the real server, refetches and reapplies
 * once.
 */
@ExtendWith(NotaryServerExtension.class)
class PublishConflictIT {
  @Test
  void reappliesBatchOnceAfterVersionConflict(RunningNotary notary) {
    Gun gun = new Gun("example.com/conflict/app");
    InMemorySigningKeys keys = new InMemorySigningKeys();
    NotaryBridge bridge = new NotaryBridge(notary.config(), keys, Clock.systemUTC());
    bridge.initialise(gun);
    TrustedRepository stale = bridge.fetch(gun);
    bridge.publish(gun, tag("meanwhile"));
    AtomicInteger fetches = new AtomicInteger();
    Publisher publisher =
        new Publisher(
            new NotaryServer(notary.config()),
            g -> fetches.getAndIncrement() == 0 ? stale : bridge.fetch(g),
            keys,
            Clock.systemUTC());

    PublishResult result = publisher.publish(gun, List.of(tag("mine")));

    assertThat(result.attempts()).isEqualTo(2);
    assertThat(bridge.fetch(gun).targetsList())
        .extracting(t -> t.name())
        .contains("meanwhile", "mine");
  }

  @Test
  void publishingOnStaleBaseRefetchesOnce(RunningNotary notary) {
    Gun gun = new Gun("example.com/conflict/base");
    NotaryBridge bridge =
        new NotaryBridge(notary.config(), new InMemorySigningKeys(), Clock.systemUTC());
    bridge.initialise(gun);
    TrustedRepository stale = bridge.fetch(gun);
    bridge.publish(gun, tag("meanwhile"));

    PublishResult result = bridge.publish(stale, List.of(tag("mine")));

    assertThat(result.attempts()).isEqualTo(2);
    assertThat(bridge.fetch(gun).targetsList())
        .extracting(t -> t.name())
        .contains("meanwhile", "mine");
  }

  @Test
  void publishOnceOnStaleBaseIsRefusedAndChangesNothing(RunningNotary notary) {
    Gun gun = new Gun("example.com/conflict/once");
    NotaryBridge bridge =
        new NotaryBridge(notary.config(), new InMemorySigningKeys(), Clock.systemUTC());
    bridge.initialise(gun);
    TrustedRepository stale = bridge.fetch(gun);
    bridge.publish(gun, tag("meanwhile"));

    assertThatThrownBy(() -> bridge.publishOnce(stale, List.of(tag("mine"))))
        .isInstanceOf(VersionConflictException.class);
    assertThat(bridge.fetch(gun).targetsList())
        .extracting(t -> t.name())
        .containsExactly("meanwhile");
  }

  @Test
  void publishOnceOnCurrentBaseUploadsOnce(RunningNotary notary) {
    Gun gun = new Gun("example.com/conflict/once-current");
    NotaryBridge bridge =
        new NotaryBridge(notary.config(), new InMemorySigningKeys(), Clock.systemUTC());
    bridge.initialise(gun);
    bridge.publish(gun, tag("first"));
    TrustedRepository current = bridge.fetch(gun);

    PublishResult result = bridge.publishOnce(current, List.of(tag("second")));

    assertThat(result.attempts()).isEqualTo(1);
    assertThat(bridge.fetch(gun).targetsList())
        .extracting(t -> t.name())
        .containsExactlyInAnyOrder("first", "second");
  }

  @Test
  void reportsConflictWhenItPersists(RunningNotary notary) {
    Gun gun = new Gun("example.com/conflict/persistent");
    InMemorySigningKeys keys = new InMemorySigningKeys();
    NotaryBridge bridge = new NotaryBridge(notary.config(), keys, Clock.systemUTC());
    bridge.initialise(gun);
    TrustedRepository stale = bridge.fetch(gun);
    bridge.publish(gun, tag("meanwhile"));
    Publisher publisher =
        new Publisher(new NotaryServer(notary.config()), g -> stale, keys, Clock.systemUTC());

    assertThatThrownBy(() -> publisher.publish(gun, List.of(tag("mine"))))
        .isInstanceOf(VersionConflictException.class)
        .hasMessageContaining("VERSION");
  }

  @Test
  void twoBridgesPublishingInTurnsNeverLoseATag(RunningNotary notary) {
    Gun gun = new Gun("example.com/conflict/turns");
    InMemorySigningKeys keys = new InMemorySigningKeys();
    NotaryBridge first = new NotaryBridge(notary.config(), keys, Clock.systemUTC());
    NotaryBridge second = new NotaryBridge(notary.config(), keys, Clock.systemUTC());
    first.initialise(gun);

    first.publish(gun, tag("one"));
    PublishResult mine = first.publish(gun, tag("two"));
    second.publish(gun, tag("three"));
    PublishResult afterOther = first.publish(gun, tag("four"));

    // "two" starts from what "one" left (no fetch); "four" finds that state stale and fetches
    // again.
    assertThat(mine.attempts()).isEqualTo(1);
    assertThat(afterOther.attempts()).isEqualTo(2);
    assertThat(first.fetch(gun).targetsList())
        .extracting(t -> t.name())
        .containsExactlyInAnyOrder("one", "two", "three", "four");
  }

  private static Change tag(String name) {
    return new Change.AddTarget(RoleName.TARGETS, name, FileMetas.of(name.getBytes()));
  }
}
