package br.com.gravacoes.adapters.rest.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Who an accepted access token speaks for: its subject, tenant and role, and until when. */
public record VerifiedToken(
    String subject, String tenantId, Optional<String> role, boolean admin, Instant expiresAt) {

  public VerifiedToken {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
