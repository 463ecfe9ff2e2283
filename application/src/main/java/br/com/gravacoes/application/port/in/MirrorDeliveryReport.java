package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.tenant.TenantId;
import java.util.Optional;

/**
 * What one delivery did: for which tenant, how many changes reached the mirror, were skipped (no
 * mirror configured, or the recording no longer exists) or parked (refused for good), and whether
 * the mirror was unavailable.
 */
public record MirrorDeliveryReport(
    Optional<TenantId> tenant, int delivered, int skipped, int parked, boolean unavailable) {

  public static MirrorDeliveryReport idle() {
    return new MirrorDeliveryReport(Optional.empty(), 0, 0, 0, false);
  }

  public boolean isIdle() {
    return tenant.isEmpty();
  }
}
