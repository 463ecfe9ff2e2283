package br.com.gravacoes.systemtests;

import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment a service instance gets: its database, its 100ms base URL, the secrets, and short
 * intervals so that background work (reconciler, mirror) shows within a test's patience.
 */
public final class ServiceEnvironment {

  /** The HS256 secret the test bed's tokens are signed with. */
  public static final String TOKEN_SECRET = "system-tests-token-secret-0123456789abcdef";

  /** The header value 100ms's webhooks carry to the service. */
  public static final String WEBHOOK_SECRET = "system-tests-webhook-secret";

  private final Map<String, String> values = new LinkedHashMap<>();

  private ServiceEnvironment(String jdbcUrl, URI hmsBaseUrl) {
    values.put("GRAVACOES_DB_URL", jdbcUrl);
    values.put("GRAVACOES_HMS_BASE_URL", hmsBaseUrl.toString());
    values.put("GRAVACOES_WEBHOOK_SECRET", WEBHOOK_SECRET);
    values.put("GRAVACOES_AUTH_HS256_SECRET", TOKEN_SECRET);
    values.put("GRAVACOES_CRYPTO_KEYS", "st1=q0hHz7cS0bFzH7n8wT0mW2b8XyTqJ3l4m6p9r1s2u5Y=");
    values.put("GRAVACOES_RECONCILER_INTERVAL_MS", "500");
    values.put("GRAVACOES_RECONCILER_FIRST_BACKOFF_MS", "500");
    values.put("GRAVACOES_MIRROR_POLL_INTERVAL_MS", "100");
    // The PostgREST stand-in answers on loopback.
    values.put("GRAVACOES_MIRROR_ALLOW_INTERNAL_ADDRESSES", "true");
    values.put("GRAVACOES_MIRROR_CONNECT_TIMEOUT_MS", "500");
    values.put("GRAVACOES_MIRROR_READ_TIMEOUT_MS", "2500");
    values.put("GRAVACOES_MIRROR_LEASE_SECONDS", "6");
  }

  /** For a service on {@code database}, calling the 100ms API at {@code hmsBaseUrl}. */
  public static ServiceEnvironment of(TestDatabase database, URI hmsBaseUrl) {
    return of(jdbcUrl(database), hmsBaseUrl);
  }

  /** As {@link #of(TestDatabase, URI)}, the database given as a JDBC URL with its credentials. */
  public static ServiceEnvironment of(String jdbcUrlWithCredentials, URI hmsBaseUrl) {
    return new ServiceEnvironment(jdbcUrlWithCredentials, hmsBaseUrl);
  }

  /** The JDBC URL of {@code database} with its user and password as URL parameters. */
  public static String jdbcUrl(TestDatabase database) {
    return database.jdbcUrl()
        + "?user="
        + database.user()
        + (database.password().isEmpty() ? "" : "&password=" + database.password());
  }

  /** Leaves a variable out, so that the service's own default applies. */
  public ServiceEnvironment without(String name) {
    values.remove(name);
    return this;
  }

  /** Sets (or replaces) one variable. */
  public ServiceEnvironment with(String name, String value) {
    values.put(name, value);
    return this;
  }

  public Map<String, String> asMap() {
    return Map.copyOf(values);
  }
}
