package dev.trustportal.bench;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.crypto.FileMetas;
import dev.trustportal.notary.publish.Change;
import dev.trustportal.notary.publish.InMemorySigningKeys;
import dev.trustportal.notary.server.ServerConfig;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.verify.TrustedRepository;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Bridge (warm JVM) vs the notary CLI against the same notary-server: 1,000 tags in one publish, 100 one-tag
 * publishes, and a fresh fetch-and-verify of a 10,000-target repository. Usage: server-uri ca.pem work-dir.
 */
public final class BridgeVsCliBenchmark {
  private final URI server;
  private final Path ca;
  private final Path work;
  private final NotaryBridge bridge;
  private int gunCounter;

  private BridgeVsCliBenchmark(URI server, Path ca, Path work) {
    this.server = server;
    this.ca = ca;
    this.work = work;
    this.bridge = new NotaryBridge(ServerConfig.of(server).withCaBundle(ca), new InMemorySigningKeys(), Clock.systemUTC());
  }

  public static void main(String[] args) throws Exception {
    BridgeVsCliBenchmark b = new BridgeVsCliBenchmark(URI.create(args[0]), Path.of(args[1]), Path.of(args[2]));
    b.warmUp();
    b.compare("sign+publish 1,000 tags in one publish", b::bridgeBulk, b::cliBulk);
    b.compare("100 publishes of one tag each", b::bridgeSingles, b::cliSingles);
    b.compare("fresh fetch+verify of 10,000 targets", b::bridgeVerify10k, b::cliList10k);
  }

  private void warmUp() throws Exception {
    for (int i = 0; i < 3; i++) {
      Gun gun = newGun();
      bridge.initialise(gun);
      bridge.publish(gun, tags(RoleName.TARGETS, "warm", 200));
      bridge.publish(gun, tags(RoleName.TARGETS, "one", 1));
      bridge.fetch(gun);
    }
  }

  private void compare(String name, Timed bridgeRun, Timed cliRun) throws Exception {
    double bridgeMs = bridgeRun.run();
    double cliMs = cliRun.run();
    System.out.printf("%-42s bridge %9.1f ms   cli %9.1f ms   cli/bridge %6.1fx%n", name, bridgeMs, cliMs,
        cliMs / bridgeMs);
  }

  private double bridgeBulk() {
    Gun gun = newGun();
    bridge.initialise(gun);
    long t0 = System.nanoTime();
    bridge.publish(gun, tags(RoleName.TARGETS, "bulk", 1000));
    double ms = ms(t0);
    check(bridge.fetch(gun).targetsList().size() == 1000, "bridge bulk publish lost tags");
    return ms;
  }

  private double cliBulk() throws Exception {
    Gun gun = newGun();
    Path trust = Files.createTempDirectory(work, "cli");
    cli(trust, "init", "-p", gun.value());
    Path content = Files.writeString(trust.resolve("content"), "payload");
    long t0 = System.nanoTime();
    for (int i = 0; i < 1000; i++) {
      cli(trust, "add", gun.value(), "bulk-" + i, content.toString());
    }
    cli(trust, "publish", gun.value());
    return ms(t0);
  }

  private double bridgeSingles() {
    Gun gun = newGun();
    bridge.initialise(gun);
    long t0 = System.nanoTime();
    for (int i = 0; i < 100; i++) {
      bridge.publish(gun, tags(RoleName.TARGETS, "single-" + i, 1));
    }
    return ms(t0);
  }

  private double cliSingles() throws Exception {
    Gun gun = newGun();
    Path trust = Files.createTempDirectory(work, "cli");
    cli(trust, "init", "-p", gun.value());
    Path content = Files.writeString(trust.resolve("content"), "payload");
    long t0 = System.nanoTime();
    for (int i = 0; i < 100; i++) {
      cli(trust, "add", "-p", gun.value(), "single-" + i, content.toString());
    }
    return ms(t0);
  }

  private Gun big;

  private double bridgeVerify10k() {
    big = newGun();
    bridge.initialise(big);
    bridge.publish(big, tags(RoleName.TARGETS, "t", 10_000));
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long before = heapUsed();
    long t0 = System.nanoTime();
    TrustedRepository repo = bridge.fetch(big);
    double ms = ms(t0);
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    long retained = heapUsed();
    check(repo.targetsList().size() == 10_000, "bridge did not verify 10,000 targets");
    System.out.printf("  bridge heap: before %.1f MB, peak during fetch+verify %.1f MB (sum of pool peaks), "
        + "after %.1f MB, max heap %.0f MB%n", mb(before), mb(peak), mb(retained),
        mb(Runtime.getRuntime().maxMemory()));
    return ms;
  }

  private double cliList10k() throws Exception {
    Path trust = Files.createTempDirectory(work, "cli");
    long t0 = System.nanoTime();
    String out = cli(trust, "list", big.value());
    double ms = ms(t0);
    check(out.lines().count() >= 10_000, "CLI did not list 10,000 targets");
    return ms;
  }

  private List<Change> tags(RoleName role, String prefix, int n) {
    List<Change> changes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      changes.add(new Change.AddTarget(role, prefix + "-" + i,
          FileMetas.of((prefix + i).getBytes(StandardCharsets.UTF_8))));
    }
    return changes;
  }

  private String cli(Path trust, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("notary", "-s", server.toString(), "--tlscacert", ca.toString(),
        "-d", trust.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    for (String r : List.of("ROOT", "TARGETS", "SNAPSHOT", "DELEGATION")) {
      pb.environment().put("NOTARY_" + r + "_PASSPHRASE", "bench-passphrase");
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    check(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "notary " + args[0] + " failed: " + out);
    return out;
  }

  private Gun newGun() {
    return new Gun("bench.example/repo/n" + (gunCounter++) + "-" + System.nanoTime());
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static double ms(long t0) {
    return (System.nanoTime() - t0) / 1e6;
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }

  @FunctionalInterface
  private interface Timed {
    double run() throws Exception;
  }
}
