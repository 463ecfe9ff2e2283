package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.tenant.TenantId;
import java.util.Objects;

/**
 * Who asks: the signed-in administrator (the token's {@code sub}), the tenant they act for, and the
 * address the request came from (for the audit trail; null when unknown). Every use case works
 * inside the actor's tenant only.
 */
public record Actor(String userId, TenantId tenant, String address) {

  public static final int MAX_USER_ID_LENGTH = 255;

  public Actor {
    Objects.requireNonNull(userId, "user id");
    Objects.requireNonNull(tenant, "tenant");
    if (userId.isBlank() || userId.length() > MAX_USER_ID_LENGTH) {
      throw new IllegalArgumentException("user id must be 1-" + MAX_USER_ID_LENGTH + " characters");
    }
  }
}
