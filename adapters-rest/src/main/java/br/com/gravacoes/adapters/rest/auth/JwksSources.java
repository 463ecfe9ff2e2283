package br.com.gravacoes.adapters.rest.auth;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.net.URI;

/** Builds the cached, rate-limited JWKS source that fetches an identity provider's public keys. */
final class JwksSources {

  /** Far above any real JWKS (a handful of keys is a few kilobytes). */
  private static final int MAX_JWKS_BYTES = 50 * 1024;

  private JwksSources() {}

  static JWKSource<SecurityContext> cached(URI url, JwksFetchSettings fetch) {
    DefaultResourceRetriever retriever =
        new DefaultResourceRetriever(
            (int) fetch.connectTimeout().toMillis(),
            (int) fetch.readTimeout().toMillis(),
            MAX_JWKS_BYTES);
    // A request that finds another one refreshing waits at most as long as that fetch can take.
    long refreshWaitMillis =
        fetch.connectTimeout().plus(fetch.readTimeout()).plusSeconds(1).toMillis();
    try {
      return JWKSourceBuilder.<SecurityContext>create(url.toURL(), retriever)
          .cache(fetch.cacheTtl().toMillis(), refreshWaitMillis)
          // No background refresh: it would start threads the application server does not manage.
          .refreshAheadCache(false)
          .rateLimited(fetch.minRefreshInterval().toMillis())
          .retrying(false)
          .build();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("the JWKS URL is not a valid URL: " + url, e);
    }
  }
}
