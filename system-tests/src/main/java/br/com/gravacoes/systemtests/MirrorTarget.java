package br.com.gravacoes.systemtests;

import javax.sql.DataSource;

/** Where a tenant's recordings are mirrored: the Supabase project's database and its table. */
public record MirrorTarget(String tenantId, DataSource database, String table) {}
