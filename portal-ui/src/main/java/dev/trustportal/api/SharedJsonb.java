package dev.trustportal.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request and response body of the API, with the default
 * configuration that the API has always used.
 *
 * <p>Without it, Payara's own resolver ({@code org.glassfish.weld.JaxRSJsonContextResolver}) is
 * instantiated anew for every request, so its per-type cache is always empty and every response
 * builds a fresh Jsonb, which introspects the JSON records again: about a tenth of the memory a
 * call of {@code GET /repositories} allocates (profiled with JFR, bench/repositories.sh). A Jsonb
 * is thread-safe and keeps what it learnt about a class, so sharing one is what the JSON-B
 * specification intends.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

  // Static: the provider itself may be instantiated per request, as Payara's is.
  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSON;
  }
}
