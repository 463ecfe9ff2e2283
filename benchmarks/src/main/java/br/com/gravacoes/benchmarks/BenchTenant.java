package br.com.gravacoes.benchmarks;

import br.com.gravacoes.domain.tenant.TenantId;
import br.com.gravacoes.postgrest.SupabaseProject;

/** A tenant of the benchmark and its own Supabase project, served by the stand-in. */
record BenchTenant(TenantId id, SupabaseProject project) {

  /** {@code bench-01}, {@code bench-02}...; the project's ref is the tenant id. */
  static BenchTenant numbered(int number) {
    String name = String.format("bench-%02d", number);
    return new BenchTenant(new TenantId(name), SupabaseProject.withRandomSecret(name));
  }
}
