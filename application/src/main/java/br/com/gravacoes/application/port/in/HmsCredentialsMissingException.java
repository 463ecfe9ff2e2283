package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.tenant.TenantId;

/** The meeting's tenant has not configured its 100ms credentials. */
public class HmsCredentialsMissingException extends RuntimeException {

  public HmsCredentialsMissingException(TenantId tenantId) {
    super("tenant " + tenantId + " has no 100ms credentials");
  }
}
