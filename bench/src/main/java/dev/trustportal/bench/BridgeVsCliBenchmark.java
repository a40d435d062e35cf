package dev.trustportal.bench;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.crypto.FileMetas;
import dev.trustportal.notary.publish.Change;
import dev.trustportal.notary.publish.InMemorySigningKeys;
import dev.trustportal.notary.server.ServerConfig;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.RoleName;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Bridge (warm JVM) vs the notary CLI against the same notary-server, in turns (bridge, CLI,
 * bridge, CLI …) so that both see the same machine: 1,000 tags in one publish, 100 one-tag
 * publishes, fresh fetch-and-verify of 10,000 targets; then the live heap of a fresh fetch of
 * 10,000 and of 100,000 targets. Each figure is the median of {@code runs} runs after one uncounted
 * warm-up run of each side, printed with its minimum and maximum; the ratio is CLI median / bridge
 * median. The heap of a fetch is measured in a JVM of its own from its GC log (see {@link
 * FetchHeap}). Usage: server-uri ca.pem work-dir runs.
 */
public final class BridgeVsCliBenchmark {
  private final URI server;
  private final Path ca;
  private final Path work;
  private final int runs;
  private final NotaryBridge bridge;
  private int gunCounter;

  private BridgeVsCliBenchmark(URI server, Path ca, Path work, int runs) {
    this.server = server;
    this.ca = ca;
    this.work = work;
    this.runs = runs;
    this.bridge =
        new NotaryBridge(config(server, ca), new InMemorySigningKeys(), Clock.systemUTC());
  }

  /** The bench's server, with a timeout long enough for a 20 MB upload on a busy machine. */
  static ServerConfig config(URI server, Path ca) {
    ServerConfig c = ServerConfig.of(server).withCaBundle(ca);
    return new ServerConfig(
        c.baseUri(), c.caBundle(), c.credentials(), c.bearerTokens(), Duration.ofMinutes(5));
  }

  public static void main(String[] args) throws Exception {
    BridgeVsCliBenchmark b =
        new BridgeVsCliBenchmark(
            URI.create(args[0]), Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
    System.out.printf("load average before: %s%n", loadAverage());
    System.out.printf(
        "%-40s %-30s %-30s %s%n",
        "task (ms: median (min–max))", "bridge", "notary CLI", "CLI/bridge (medians)");
    b.compare("sign+publish 1,000 tags, one publish", b::bridgeBulk, b::cliBulk);
    b.compare("100 publishes of one tag each", b::bridgeSingles, b::cliSingles);
    Gun tenThousand = b.repositoryWith(10_000);
    b.compare(
        "fresh fetch+verify, 10,000 targets",
        () -> b.bridgeFetch(tenThousand, 10_000),
        () -> b.cliList(tenThousand, 10_000));
    b.heap(tenThousand, 10_000, 64);
    // 100,000 targets: the live heap only. Uploading them takes the server a minute and each fetch
    // tens of
    // seconds on a busy machine, so BENCH_LARGE=0 leaves this part out.
    if (!"0".equals(System.getenv("BENCH_LARGE"))) {
      b.heap(b.repositoryWith(100_000), 100_000, 256);
    }
    System.out.printf("load average after: %s%n", loadAverage());
  }

  private void compare(String name, Timed bridgeRun, Timed cliRun) throws Exception {
    bridgeRun.run();
    cliRun.run();
    List<Double> bridgeMs = new ArrayList<>();
    List<Double> cliMs = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      bridgeMs.add(bridgeRun.run());
      cliMs.add(cliRun.run());
    }
    Stats b = new Stats(bridgeMs);
    Stats c = new Stats(cliMs);
    System.out.printf(
        "%-40s %-30s %-30s %6.1fx%n",
        name, b.format("ms"), c.format("ms"), c.median() / b.median());
  }

  /**
   * The live heap of a fresh fetch in its own JVM capped at {@code capMb}: {@code runs} JVMs, one
   * fetch each.
   */
  private void heap(Gun gun, int targets, int capMb) throws Exception {
    List<Double> peak = new ArrayList<>();
    List<Double> retained = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Path log = work.resolve("gc-" + targets + "-" + i + ".log");
      List<String> cmd =
          List.of(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Xmx" + capMb + "m",
              "-Xlog:gc:file=" + log,
              "-cp",
              System.getProperty("java.class.path"),
              FetchHeap.class.getName(),
              server.toString(),
              ca.toString(),
              gun.value(),
              String.valueOf(targets));
      run(new ProcessBuilder(cmd), "fetch in a JVM capped at " + capMb + " MB");
      GcLog gc = GcLog.read(log);
      peak.add(mb(gc.maxAfterBytes()));
      retained.add(mb(gc.lastAfterBytes()));
    }
    System.out.printf(
        "bridge live heap, fetch+verify %,d targets (-Xmx%dm, %d JVMs): largest after any GC %s, "
            + "verified result alone %s%n",
        targets,
        capMb,
        runs,
        new Stats(peak).format("MB").trim(),
        new Stats(retained).format("MB").trim());
  }

  private double bridgeBulk() {
    Gun gun = newGun();
    bridge.initialise(gun);
    List<Change> changes = tags("bulk", 1000);
    long t0 = System.nanoTime();
    bridge.publish(gun, changes);
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
      bridge.publish(gun, tags("single-" + i, 1));
    }
    double ms = ms(t0);
    check(bridge.fetch(gun).targetsList().size() == 100, "bridge single publishes lost tags");
    return ms;
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

  private Gun repositoryWith(int targets) {
    Gun gun = newGun();
    bridge.initialise(gun);
    bridge.publish(gun, tags("t", targets));
    return gun;
  }

  private double bridgeFetch(Gun gun, int targets) {
    long t0 = System.nanoTime();
    int count = bridge.fetch(gun).targetsList().size();
    double ms = ms(t0);
    check(count == targets, "bridge verified " + count + " targets, expected " + targets);
    return ms;
  }

  /**
   * A fresh trust directory each time: the CLI downloads and verifies everything, as the bridge
   * does.
   */
  private double cliList(Gun gun, int targets) throws Exception {
    Path trust = Files.createTempDirectory(work, "cli");
    long t0 = System.nanoTime();
    String out = cli(trust, "list", gun.value());
    double ms = ms(t0);
    check(out.lines().count() >= targets, "CLI did not list " + targets + " targets");
    return ms;
  }

  private List<Change> tags(String prefix, int n) {
    List<Change> changes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      changes.add(
          new Change.AddTarget(
              RoleName.TARGETS,
              prefix + "-" + i,
              FileMetas.of((prefix + i).getBytes(StandardCharsets.UTF_8))));
    }
    return changes;
  }

  private String cli(Path trust, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "notary",
                "-s",
                server.toString(),
                "--tlscacert",
                ca.toString(),
                "-d",
                trust.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    for (String r : List.of("ROOT", "TARGETS", "SNAPSHOT", "DELEGATION")) {
      pb.environment().put("NOTARY_" + r + "_PASSPHRASE", "bench-passphrase");
    }
    return run(pb, "notary " + args[0]);
  }

  private static String run(ProcessBuilder pb, String what) throws Exception {
    Process p = pb.redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    check(p.waitFor(300, TimeUnit.SECONDS) && p.exitValue() == 0, what + " failed: " + out);
    return out;
  }

  private Gun newGun() {
    return new Gun("bench.example/repo/n" + (gunCounter++) + "-" + System.nanoTime());
  }

  static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).trim()
        + " (1, 5, 15 min; runnable/threads; last pid)";
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
