package br.com.gravacoes.application.port.out;

/** What an administrator did, as the audit trail names it (column {@code acao}). */
public enum AuditAction {
  RECORDING_STARTED("gravacao.iniciada"),
  RECORDING_STOPPED("gravacao.parada"),
  RECORDING_REFRESHED("gravacao.atualizada"),
  HMS_SETTINGS_CHANGED("integracao.100ms.alterada"),
  SUPABASE_SETTINGS_CHANGED("integracao.supabase.alterada"),
  MIRROR_RETRIED("sincronizacao.reenviada");

  private final String code;

  AuditAction(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
