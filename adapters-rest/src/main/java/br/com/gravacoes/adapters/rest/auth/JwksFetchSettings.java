package br.com.gravacoes.adapters.rest.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * How the JWKS is fetched and cached: keys are kept for {@code cacheTtl}; an unknown {@code kid}
 * triggers a refetch, but at most two fetches happen per {@code minRefreshInterval} however many
 * unknown kids arrive; every fetch gives up after the connect and read timeouts.
 */
public record JwksFetchSettings(
    Duration cacheTtl, Duration minRefreshInterval, Duration connectTimeout, Duration readTimeout) {

  public static final Duration DEFAULT_CACHE_TTL = Duration.ofMinutes(5);
  public static final Duration DEFAULT_MIN_REFRESH_INTERVAL = Duration.ofSeconds(30);
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(1);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(2);

  public JwksFetchSettings {
    requirePositive(cacheTtl, "cacheTtl");
    requirePositive(minRefreshInterval, "minRefreshInterval");
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(readTimeout, "readTimeout");
    if (minRefreshInterval.compareTo(cacheTtl) >= 0) {
      // nimbus refuses this too: the rate limit would otherwise block the regular refresh.
      throw new IllegalArgumentException("minRefreshInterval must be shorter than cacheTtl");
    }
  }

  public static JwksFetchSettings defaults() {
    return new JwksFetchSettings(
        DEFAULT_CACHE_TTL,
        DEFAULT_MIN_REFRESH_INTERVAL,
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_READ_TIMEOUT);
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    // Whole milliseconds, because a timeout of 0 ms would mean "wait forever" to HttpURLConnection.
    if (duration.isNegative()
        || duration.toMillis() < 1
        || duration.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(name + " must be between 1 ms and 24 days");
    }
  }
}
