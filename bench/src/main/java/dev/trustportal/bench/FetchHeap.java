package dev.trustportal.bench;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.publish.InMemorySigningKeys;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.verify.TrustedRepository;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

/**
 * One fresh fetch-and-verify in a JVM of its own, so that its GC log holds nothing but this fetch:
 * the parent reads the heap after each collection from it. Ends with a full collection while the
 * verified repository is still referenced, which gives the live set the result keeps. Usage:
 * server-uri ca.pem gun expected-targets.
 */
public final class FetchHeap {
  private FetchHeap() {}

  public static void main(String[] args) {
    NotaryBridge bridge =
        new NotaryBridge(
            BridgeVsCliBenchmark.config(URI.create(args[0]), Path.of(args[1])),
            new InMemorySigningKeys(),
            Clock.systemUTC());
    TrustedRepository repo = bridge.fetch(new Gun(args[2]));
    int count = repo.targetsList().size();
    if (count != Integer.parseInt(args[3])) {
      throw new IllegalStateException("verified " + count + " targets, expected " + args[3]);
    }
    System.gc();
    System.out.println(
        "verified " + count + " targets, root version " + repo.root().signed().version());
  }
}
