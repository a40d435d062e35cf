package dev.trustportal.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustportal.notary.crypto.FileMetas;
import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.Signatures;
import dev.trustportal.notary.crypto.SigningKey;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.json.CanonicalJson;
import dev.trustportal.notary.json.MetadataCodec;
import dev.trustportal.notary.tuf.Delegations;
import dev.trustportal.notary.tuf.FileMeta;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Signature;
import dev.trustportal.notary.tuf.Targets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The bridge's hot paths in isolation: canonical JSON of a targets file, parsing a signed targets
 * file, one ECDSA P-256 signature check (what every role's verification does per signature) and a
 * key ID (SHA-256 of the canonical key object, computed for every signature checked). Run by
 * bench/jmh.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HotPathsBenchmark {
  @Param({"10000"})
  public int targets;

  private JsonNode signedTree;
  private byte[] targetsFile;
  private Key key;
  private Signature signature;
  private byte[] message;

  @Setup
  public void setUp() throws IOException {
    Map<String, FileMeta> files = new TreeMap<>();
    for (int i = 0; i < targets; i++) {
      files.put("tag-" + i, FileMetas.of(("content " + i).getBytes(StandardCharsets.UTF_8)));
    }
    Targets t = new Targets(1, Instant.parse("2030-01-01T00:00:00Z"), files, Delegations.EMPTY);
    var pair = KeyPairs.ecdsaP256();
    SigningKey signer = new SigningKey(TufKeys.ofPublicKey(pair.getPublic()), pair.getPrivate());
    byte[] canonical = MetadataCodec.canonicalSigned(t);
    signature = Signatures.sign(signer, canonical);
    Metadata<Targets> md = MetadataCodec.seal(t, canonical, List.of(signature));
    targetsFile = md.fileBytes().toArray();
    signedTree = new ObjectMapper().readTree(canonical);
    key = signer.publicKey();
    message = canonical;
  }

  @Benchmark
  public byte[] canonicalJsonOfTargets() {
    return CanonicalJson.encode(signedTree);
  }

  @Benchmark
  public Metadata<Targets> parseSignedTargetsFile() {
    return MetadataCodec.parse(RoleName.TARGETS, targetsFile, Targets.class);
  }

  @Benchmark
  public boolean verifyEcdsaSignatureOverTargets() {
    return Signatures.verify(key, signature, message);
  }

  @Benchmark
  public Object keyIdOfEcdsaKey() {
    return KeyIds.of(key);
  }
}
