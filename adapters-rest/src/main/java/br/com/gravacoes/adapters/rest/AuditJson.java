package br.com.gravacoes.adapters.rest;

import static br.com.gravacoes.adapters.rest.RestJson.JSON;

import br.com.gravacoes.application.port.in.AuditPage;
import br.com.gravacoes.application.port.out.AuditEntry;
import br.com.gravacoes.application.port.out.StoredAuditEntry;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes a page of the audit trail: each entry with every field present (null when empty), the
 * action by its code, details as a JSON object of texts, and the cursor of the next page.
 */
final class AuditJson {

  private AuditJson() {}

  static JsonObject of(AuditPage page) {
    JsonArrayBuilder items = JSON.createArrayBuilder();
    page.items().forEach(stored -> items.add(entry(stored)));
    JsonObjectBuilder json = JSON.createObjectBuilder().add("items", items);
    page.next()
        .ifPresentOrElse(
            next -> json.add("nextCursor", AuditParameters.encode(next)),
            () -> json.addNull("nextCursor"));
    return json.build();
  }

  private static JsonObject entry(StoredAuditEntry stored) {
    AuditEntry entry = stored.entry();
    JsonObjectBuilder details = JSON.createObjectBuilder();
    // Sorted, so the same entry always reads the same.
    new TreeMap<>(entry.details()).forEach(details::add);
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("id", stored.id())
            .add("usuario", entry.userId())
            .add("acao", entry.action().code());
    uuid(json, "gravacaoId", entry.recordingId());
    uuid(json, "reuniaoId", entry.meetingId());
    if (entry.address() == null) {
      json.addNull("ip");
    } else {
      json.add("ip", entry.address());
    }
    return json.add("detalhes", details).add("criadoEm", entry.at().toString()).build();
  }

  private static void uuid(JsonObjectBuilder json, String name, UUID value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value.toString());
    }
  }
}
