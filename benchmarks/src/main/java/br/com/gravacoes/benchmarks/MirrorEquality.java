package br.com.gravacoes.benchmarks;

import br.com.gravacoes.postgrest.GravacoesRows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks that each tenant's Supabase table equals the service's own table, column by column: every
 * recording the mirror has heard of (its start confirmed, hence at least one change) is there with
 * every column equal, and nothing else is.
 */
final class MirrorEquality {

  private static final int SHOWN_DIFFERENCES = 5;

  private MirrorEquality() {}

  /** Answers how many rows were compared; throws, listing differences, if any row differs. */
  static int verify(MirrorStage stage) {
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (BenchTenant tenant : stage.tenants) {
      Map<String, List<Object>> local =
          byId(
              GravacoesRows.read(
                  stage.serviceDatabase.dataSource(),
                  "gravacoes",
                  "tenant_id = ? AND recording_id_100ms IS NOT NULL",
                  tenant.id().value()));
      Map<String, List<Object>> mirrored =
          byId(GravacoesRows.read(stage.supabase, tenant.project().schema() + ".gravacoes", ""));
      local.forEach(
          (id, row) -> {
            if (!Objects.equals(row, mirrored.get(id))) {
              differences.add(
                  tenant.id() + " " + id + ": local " + row + ", espelho " + mirrored.get(id));
            }
          });
      mirrored.keySet().stream()
          .filter(id -> !local.containsKey(id))
          .forEach(id -> differences.add(tenant.id() + " " + id + ": só no espelho"));
      compared += local.size();
    }
    if (!differences.isEmpty()) {
      throw new IllegalStateException(
          differences.size()
              + " linhas do espelho diferem do banco local, por exemplo:\n  "
              + String.join(
                  "\n  ", differences.subList(0, Math.min(SHOWN_DIFFERENCES, differences.size()))));
    }
    return compared;
  }

  private static Map<String, List<Object>> byId(List<List<Object>> rows) {
    Map<String, List<Object>> byId = new HashMap<>();
    rows.forEach(row -> byId.put((String) row.get(0), row));
    return byId;
  }
}
