package dev.trustportal.notary.it;

import dev.trustportal.notary.server.ServerConfig;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A started notary-server; closed (destroyed) by JUnit when the run ends. */
public record RunningNotary(Process process, Path dir, int port, URI uri)
    implements ExtensionContext.Store.CloseableResource, AutoCloseable {
  public Path caPem() {
    return dir.resolve("ca.pem");
  }

  public ServerConfig config() {
    return ServerConfig.of(uri).withCaBundle(caPem());
  }

  @Override
  public void close() {
    process.destroy();
  }
}
