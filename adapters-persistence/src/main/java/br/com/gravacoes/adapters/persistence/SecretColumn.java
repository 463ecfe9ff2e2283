package br.com.gravacoes.adapters.persistence;

/**
 * The columns that hold a tenant's integration secret, sealed at rest. Each row's value is sealed
 * for {@code table.column:tenant_id}, so a value copied to another row or column does not open.
 */
enum SecretColumn {
  HMS_APP_SECRET("credenciais_100ms", "app_secret"),
  SUPABASE_SERVICE_KEY("supabase_config", "service_key");

  private final String table;
  private final String column;

  SecretColumn(String table, String column) {
    this.table = table;
    this.column = column;
  }

  String table() {
    return table;
  }

  String column() {
    return column;
  }

  /** What a value is sealed for (the cipher's additional authenticated data). */
  String context(String tenantId) {
    return table + "." + column + ":" + tenantId;
  }

  @Override
  public String toString() {
    return table + "." + column;
  }
}
