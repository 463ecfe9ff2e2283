package br.com.gravacoes.application.port.out;

import java.time.Instant;
import java.util.Objects;

/** A presigned URL that plays a recording's video until {@code expiresAt}. */
public record PlaybackUrl(String url, Instant expiresAt) {

  public PlaybackUrl {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(expiresAt, "expiry");
  }
}
