package dev.trustportal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's change pipeline against the notary CLI, on one stack: an add-signer change (a key
 * into {@code targets/releases} and a new {@code targets/<name>}) from filing to PUBLISHED with an
 * approval quorum of 0, against the CLI making the same change ({@code delegation add} ×2 and
 * {@code publish}) on the same notary-server. The two sides take turns, {@code changes} at a time,
 * for {@code runs} runs after one uncounted warm-up of each; each run gives a p50 and a p95, and
 * the figures are their median (min–max) over the runs. Then {@code clients} API clients file one
 * change each to repositories of their own at the same moment, {@code runs} times: every change
 * must publish, and the p95 and the slowest of each burst are printed the same way.
 *
 * <p>Usage: portal-uri admin-password notary-uri ca.pem work-dir runs changes clients
 */
public final class PipelineBenchmark {
  private static final String ORG = "pipeline";
  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  private static final Pattern STATE = Pattern.compile("\"state\":\"(\\w+)\"");
  private static final Pattern CHANGE = Pattern.compile("\"initialisationChange\":(\\d+)");
  private static final Pattern UPDATED = Pattern.compile("\"updatedAt\":\"([^\"]+)\"");
  private static final Pattern FILED = Pattern.compile("\"filedAt\":\"([^\"]+)\"");
  private static final Pattern SECRET = Pattern.compile("\"secret\":\"([^\"]+)\"");
  /*
   * Every poll is an authenticated API request the portal serves on the same two cores as the
   * pipeline it measures (1-2 ms of Payara's CPU, PostgreSQL's queries, 6-11 ms in all: JFR and the
   * "one GET" line, 2026-12-08), and the CLI's side has no such load. A script or CI job waiting for
   * a change polls every second or so; 100 ms is still far more often. The time measured is the one
   * the portal records; polling only says when to read it.
   */
  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration PATIENCE = Duration.ofMinutes(5);

  private final URI portal;
  private final String authorization;
  /*
   * What a script or CI job uses against the API: a personal API token of the organisation (Bearer),
   * set once the organisation exists. Setting up (organisation, repositories) uses the password.
   */
  private String token;
  private volatile String lastChange;
  private final URI notary;
  private final Path ca;
  private final Path work;
  // HTTP/1.1 only: the JDK client otherwise offers an h2c upgrade, body included, on every new
  // connection.
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(PATIENCE).build();
  private int signers;

  private PipelineBenchmark(URI portal, String adminPassword, URI notary, Path ca, Path work) {
    this.portal = portal;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    this.notary = notary;
    this.ca = ca;
    this.work = work;
  }

  public static void main(String[] args) throws Exception {
    // Idle connections are dropped before the portal's keep-alive timeout (30 s) closes them: a
    // POST
    // sent on a connection the server is closing fails with no reply, and is not retried.
    System.setProperty("jdk.httpclient.keepalive.timeout", "10");
    PipelineBenchmark b =
        new PipelineBenchmark(
            URI.create(args[0]), args[1], URI.create(args[2]), Path.of(args[3]), Path.of(args[4]));
    int runs = Integer.parseInt(args[5]);
    int changes = Integer.parseInt(args[6]);
    int clients = Integer.parseInt(args[7]);
    System.out.printf("load average before: %s%n", BridgeVsCliBenchmark.loadAverage());
    b.serial(runs, changes);
    b.burst(runs, clients);
    System.out.printf("load average after: %s%n", BridgeVsCliBenchmark.loadAverage());
  }

  /** One change after another, portal and CLI in turns. */
  private void serial(int runs, int changes) throws Exception {
    call("POST", "/api/v1/orgs", "{\"name\":\"" + ORG + "\"}", 201);
    String created =
        call(
            "POST",
            "/api/v1/me/tokens",
            "{\"name\":\"pipeline bench\",\"organisation\":\"" + ORG + "\",\"access\":\"WRITE\"}",
            201);
    token = "Bearer " + first(SECRET, created);
    String repository = readyRepository("serial");
    String cliGun = "registry.trust-portal.test/" + ORG + "/cli-serial";
    cli("init", cliGun);
    cli("key", "rotate", cliGun, "snapshot", "-r");
    cli("publish", cliGun);
    portalRun(repository, 1);
    cliRun(cliGun, 1);
    List<Double> portalP50 = new ArrayList<>();
    List<Double> portalP95 = new ArrayList<>();
    List<Double> seenP50 = new ArrayList<>();
    List<Double> seenP95 = new ArrayList<>();
    List<Double> cliP50 = new ArrayList<>();
    List<Double> cliP95 = new ArrayList<>();
    List<Double> filingP50 = new ArrayList<>();
    List<Double> filingP95 = new ArrayList<>();
    List<Double> afterP50 = new ArrayList<>();
    List<Double> afterP95 = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      List<Timing> p = portalRun(repository, changes);
      List<Double> c = cliRun(cliGun, changes);
      portalP50.add(percentile(recorded(p), 50));
      portalP95.add(percentile(recorded(p), 95));
      seenP50.add(percentile(seen(p), 50));
      seenP95.add(percentile(seen(p), 95));
      filingP50.add(percentile(filing(p), 50));
      filingP95.add(percentile(filing(p), 95));
      afterP50.add(percentile(afterFiling(p), 50));
      afterP95.add(percentile(afterFiling(p), 95));
      cliP50.add(percentile(c, 50));
      cliP95.add(percentile(c, 95));
    }
    String someChange = lastChange;
    List<Double> basicP50 = new ArrayList<>();
    List<Double> tokenP50 = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      List<Double> basic = new ArrayList<>();
      List<Double> bearer = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        basic.add(timed(() -> call("GET", "/api/v1/changes/" + someChange, null, 200)));
        bearer.add(timed(() -> api("GET", "/api/v1/changes/" + someChange, null, 200)));
      }
      basicP50.add(percentile(basic, 50));
      tokenP50.add(percentile(bearer, 50));
    }
    System.out.printf(
        "== add-signer, filing to PUBLISHED (quorum 0), %d changes per run, %d runs: median"
            + " (min–max) of the runs' percentiles%n",
        changes, runs);
    System.out.printf("%-46s %-30s %-30s%n", "", "p50", "p95");
    print("portal: file, approve (quorum 0), publish", portalP50, portalP95);
    print("notary CLI: delegation add ×2 + publish", cliP50, cliP95);
    print("portal, as polling saw it (every 100 ms)", seenP50, seenP95);
    print("  of which: request to filedAt", filingP50, filingP95);
    print("  of which: filedAt to PUBLISHED", afterP50, afterP95);
    System.out.printf(
        "p95 ratio portal/CLI (medians): %.2f  (at most 1: the portal is as fast as the CLI)%n",
        new Stats(portalP95).median() / new Stats(cliP95).median());
    System.out.printf(
        "one GET /changes/{id}, p50 of 20 per run: HTTP Basic %s, API token %s%n",
        new Stats(basicP50).format("ms").strip(), new Stats(tokenP50).format("ms").strip());
  }

  /** {@code clients} changes filed at the same moment to as many repositories. */
  private void burst(int runs, int clients) throws Exception {
    List<String> repositories = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      repositories.add(readyRepository(String.format("burst-%02d", i)));
    }
    burstRun(repositories);
    List<Double> p95 = new ArrayList<>();
    List<Double> slowest = new ArrayList<>();
    List<Double> seenP95 = new ArrayList<>();
    List<Double> seenSlowest = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      List<Timing> times = burstRun(repositories);
      p95.add(percentile(recorded(times), 95));
      slowest.add(percentile(recorded(times), 100));
      seenP95.add(percentile(seen(times), 95));
      seenSlowest.add(percentile(seen(times), 100));
    }
    System.out.printf(
        "== %d API clients, each filing one add-signer change to its own repository at the same"
            + " moment, %d runs: every change PUBLISHED%n",
        clients, runs);
    System.out.printf("%-46s %-30s %-30s%n", "", "p95", "slowest");
    print("portal: filing to PUBLISHED", p95, slowest);
    print("portal, as polling saw it (every 100 ms)", seenP95, seenSlowest);
  }

  private List<Timing> burstRun(List<String> repositories) throws Exception {
    List<String> signerNames = new ArrayList<>();
    for (int i = 0; i < repositories.size(); i++) {
      signerNames.add(nextSigner());
      certificate(signerNames.get(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(repositories.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Timing>> results = new ArrayList<>();
      for (int i = 0; i < repositories.size(); i++) {
        String repository = repositories.get(i);
        String signer = signerNames.get(i);
        Callable<Timing> client =
            () -> {
              start.await();
              return addSignerUntilPublished(repository, signer);
            };
        results.add(pool.submit(client));
      }
      start.countDown();
      List<Timing> times = new ArrayList<>();
      for (Future<Timing> result : results) {
        times.add(result.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS));
      }
      return times;
    } finally {
      pool.shutdownNow();
    }
  }

  private List<Timing> portalRun(String repository, int changes) throws Exception {
    List<Timing> times = new ArrayList<>();
    for (int i = 0; i < changes; i++) {
      String signer = nextSigner();
      certificate(signer);
      times.add(addSignerUntilPublished(repository, signer));
    }
    return times;
  }

  private List<Double> cliRun(String gun, int changes) throws Exception {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < changes; i++) {
      String signer = nextSigner();
      certificate(signer);
      Path cert = work.resolve(signer + ".crt");
      long start = System.nanoTime();
      cli("delegation", "add", gun, "targets/releases", cert.toString(), "--all-paths");
      cli("delegation", "add", gun, "targets/" + signer, cert.toString(), "--all-paths");
      cli("publish", gun);
      times.add((System.nanoTime() - start) / 1e6);
    }
    return times;
  }

  /**
   * Files the change and polls it until it is PUBLISHED: the time from sending the request to the
   * moment the portal recorded it PUBLISHED (its {@code updatedAt}, on the same clock), and the
   * time until a poll saw it.
   */
  private Timing addSignerUntilPublished(String repository, String signer) throws Exception {
    String certificate = Files.readString(work.resolve(signer + ".crt"));
    String body =
        "{\"name\":\""
            + signer
            + "\",\"certificate\":\""
            + certificate.replace("\n", "\\n")
            + "\"}";
    Instant sent = Instant.now();
    long start = System.nanoTime();
    String filed =
        api("POST", "/api/v1/orgs/" + ORG + "/repositories/" + repository + "/signers", body, 202);
    lastChange = first(ID, filed);
    String published = awaitPublished(lastChange, this::api);
    double seen = (System.nanoTime() - start) / 1e6;
    Instant recorded = Instant.parse(first(UPDATED, published));
    Instant filedAt = Instant.parse(first(FILED, published));
    return new Timing(
        Duration.between(sent, recorded).toNanos() / 1e6,
        seen,
        Duration.between(sent, filedAt).toNanos() / 1e6);
  }

  /**
   * The time to PUBLISHED as the portal recorded it, as the client's polling saw it, and the part
   * until the portal took the change's filing time ({@code filedAt}: after authentication, the
   * checks and the filing read, before the change is stored).
   */
  private record Timing(double recorded, double seen, double filing) {}

  private static List<Double> filing(List<Timing> times) {
    return times.stream().map(Timing::filing).toList();
  }

  private static List<Double> afterFiling(List<Timing> times) {
    return times.stream().map(t -> t.recorded() - t.filing()).toList();
  }

  private static List<Double> recorded(List<Timing> times) {
    return times.stream().map(Timing::recorded).toList();
  }

  private static List<Double> seen(List<Timing> times) {
    return times.stream().map(Timing::seen).toList();
  }

  /** Polls the change until it is PUBLISHED; answers its JSON then. */
  private String awaitPublished(String changeId, Api client) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      String change = client.call("GET", "/api/v1/changes/" + changeId, null, 200);
      String state = first(STATE, change);
      if (state.equals("PUBLISHED")) {
        return change;
      }
      if (state.equals("FAILED") || state.equals("REJECTED")) {
        throw new IllegalStateException("change " + changeId + " ended " + state);
      }
      Thread.sleep(POLL.toMillis());
    }
    throw new IllegalStateException("change " + changeId + " not published in " + PATIENCE);
  }

  /** Creates the repository and waits until its initialisation is published. */
  private String readyRepository(String name) throws Exception {
    String created =
        call("POST", "/api/v1/orgs/" + ORG + "/repositories", "{\"name\":\"" + name + "\"}", 201);
    Matcher initialisation = CHANGE.matcher(created);
    if (initialisation.find()) {
      awaitPublished(initialisation.group(1), this::call);
    }
    return name;
  }

  private String nextSigner() {
    return "signer-" + ++signers;
  }

  /** A fresh P-256 certificate for the signer (outside any timing), as PEM. */
  private String certificate(String signer) throws Exception {
    Path key = work.resolve(signer + ".key");
    Path cert = work.resolve(signer + ".crt");
    run(
        Map.of(),
        "openssl",
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        key.toString(),
        "-out",
        cert.toString(),
        "-days",
        "730",
        "-subj",
        "/CN=" + signer);
    return Files.readString(cert);
  }

  private void cli(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                "notary",
                "-s",
                notary.toString(),
                "--tlscacert",
                ca.toString(),
                "-d",
                work.resolve("trust").toString()));
    command.addAll(List.of(args));
    run(
        Map.of(
            "NOTARY_ROOT_PASSPHRASE", "bench-root",
            "NOTARY_TARGETS_PASSPHRASE", "bench-targets",
            "NOTARY_SNAPSHOT_PASSPHRASE", "bench-snapshot",
            "NOTARY_DELEGATION_PASSPHRASE", "bench-delegation",
            "NOTARY_AUTH", authorization.substring("Basic ".length())),
        command.toArray(String[]::new));
  }

  private static void run(Map<String, String> environment, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    if (process.waitFor() != 0) {
      throw new IOException(
          String.join(" ", command) + " failed: " + new String(output, StandardCharsets.UTF_8));
    }
  }

  /** An API call with the password (setting up). */
  private String call(String method, String path, String body, int expected) throws Exception {
    return send(authorization, method, path, body, expected);
  }

  /** An API call with the API token (what is measured). */
  private String api(String method, String path, String body, int expected) throws Exception {
    return send(token, method, path, body, expected);
  }

  @FunctionalInterface
  private interface Api {
    String call(String method, String path, String body, int expected) throws Exception;
  }

  private static double timed(Callable<String> call) throws Exception {
    long start = System.nanoTime();
    call.call();
    return (System.nanoTime() - start) / 1e6;
  }

  private String send(String credential, String method, String path, String body, int expected)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(portal.resolve(path))
            .timeout(PATIENCE)
            .header("Authorization", credential)
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static String first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException(pattern + " not in " + text);
    }
    return m.group(1);
  }

  /** The nearest-rank percentile: the smallest value with at least q% of the values at or below. */
  static double percentile(List<Double> values, int q) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int rank = (int) Math.ceil(q / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static void print(String label, List<Double> first, List<Double> second) {
    System.out.printf(
        "%-46s %-30s %-30s%n",
        label, new Stats(first).format("ms"), new Stats(second).format("ms"));
  }
}
