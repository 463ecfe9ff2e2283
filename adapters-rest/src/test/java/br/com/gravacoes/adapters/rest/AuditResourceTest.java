package br.com.gravacoes.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.adapters.rest.auth.CurrentCaller;
import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.port.in.AuditPage;
import br.com.gravacoes.application.port.in.ListAuditUseCase;
import br.com.gravacoes.application.port.out.AuditAction;
import br.com.gravacoes.application.port.out.AuditCursor;
import br.com.gravacoes.application.port.out.AuditEntry;
import br.com.gravacoes.application.port.out.StoredAuditEntry;
import br.com.gravacoes.domain.tenant.TenantId;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditResourceTest {

  private static final TenantId ACME = new TenantId("acme");
  private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456Z");
  private static final UUID RECORDING = UUID.fromString("6f1d1c9e-2f5b-4d1e-9a55-0c6f1f3c2a11");
  private static final UUID MEETING = UUID.fromString("0b7e3c1a-9d2f-4c3b-8e1f-2a4b6c8d0e12");

  /** What the use case was asked, in order. */
  private final List<Object[]> asked = new ArrayList<>();

  private AuditPage answer = new AuditPage(List.of(), Optional.empty());

  private final ListAuditUseCase useCase =
      (tenant, before, limit) -> {
        asked.add(new Object[] {tenant, before, limit});
        return answer;
      };

  private final CurrentCaller caller =
      new CurrentCaller() {
        @Override
        public Actor actor() {
          return new Actor("ana", ACME, "203.0.113.7");
        }
      };

  private final AuditResource resource = new AuditResource(useCase, caller);

  @Test
  void anEntryHasEveryField_withDetailsAsAnObjectAndTheActionByItsCode() {
    answer =
        new AuditPage(
            List.of(
                new StoredAuditEntry(
                    42,
                    new AuditEntry(
                        ACME,
                        "ana",
                        AuditAction.RECORDING_STARTED,
                        AT,
                        RECORDING,
                        MEETING,
                        "203.0.113.7",
                        Map.of("roomId", "sala-demo", "título", "Reunião ✓")))),
            Optional.of(new AuditCursor(AT, 42)));

    JsonObject page = resource.list(null, null);

    JsonObject item = page.getJsonArray("items").getJsonObject(0);
    assertThat(item.keySet())
        .containsExactly(
            "id", "usuario", "acao", "gravacaoId", "reuniaoId", "ip", "detalhes", "criadoEm");
    assertThat(item.getJsonNumber("id").longValue()).isEqualTo(42);
    assertThat(item.getString("usuario")).isEqualTo("ana");
    assertThat(item.getString("acao")).isEqualTo("gravacao.iniciada");
    assertThat(item.getString("gravacaoId")).isEqualTo(RECORDING.toString());
    assertThat(item.getString("reuniaoId")).isEqualTo(MEETING.toString());
    assertThat(item.getString("ip")).isEqualTo("203.0.113.7");
    assertThat(item.getJsonObject("detalhes"))
        .containsExactly(
            Map.entry("roomId", jsonString("sala-demo")),
            Map.entry("título", jsonString("Reunião ✓")));
    assertThat(item.getString("criadoEm")).isEqualTo("2026-03-01T10:15:30.123456Z");
    assertThat(page.getString("nextCursor")).isNotBlank();
  }

  @Test
  void anEntryNamingNothing_hasNullsAndEmptyDetails_andTheLastPageANullCursor() {
    answer =
        new AuditPage(
            List.of(
                new StoredAuditEntry(
                    1,
                    new AuditEntry(
                        ACME, "ana", AuditAction.MIRROR_RETRIED, AT, null, null, null, null))),
            Optional.empty());

    JsonObject page = resource.list(null, null);

    JsonObject item = page.getJsonArray("items").getJsonObject(0);
    assertThat(item.get("gravacaoId")).isEqualTo(JsonValue.NULL);
    assertThat(item.get("reuniaoId")).isEqualTo(JsonValue.NULL);
    assertThat(item.get("ip")).isEqualTo(JsonValue.NULL);
    assertThat(item.getJsonObject("detalhes")).isEmpty();
    assertThat(page.get("nextCursor")).isEqualTo(JsonValue.NULL);
  }

  @Test
  void theNextCursorIsReadBackAsTheSameCursor_forTheCallersTenantOnly() {
    AuditCursor cursor = new AuditCursor(AT, 42);
    answer = new AuditPage(List.of(), Optional.of(cursor));
    String next = resource.list(null, null).getString("nextCursor");

    resource.list(next, "10");

    assertThat(asked.get(1)).containsExactly(ACME, Optional.of(cursor), 10);
  }

  @Test
  void withoutParameters_theNewestFiftyAreAsked() {
    resource.list(null, " ");

    assertThat(asked.get(0)).containsExactly(ACME, Optional.empty(), 50);
  }

  @Test
  void anInstantOrADayReadsTheEntriesStrictlyOlderThanIt() {
    resource.list("2026-03-01T10:15:30.123456Z", "1");
    resource.list("2026-03-01", "100");

    assertThat(asked.get(0)).containsExactly(ACME, Optional.of(AuditCursor.olderThan(AT)), 1);
    assertThat(asked.get(1))
        .containsExactly(
            ACME, Optional.of(AuditCursor.olderThan(Instant.parse("2026-03-01T00:00:00Z"))), 100);
  }

  @Test
  void everyMalformedParameterIsA400InPortuguese_beforeTheTrailIsRead() {
    for (String before :
        List.of(
            "ontem",
            "%%%",
            "2026-13-01",
            "2026-03-01T25:00:00Z",
            "+1000000-01-01T00:00:00Z",
            AuditParameters.encode(new AuditCursor(AT, 1)).substring(3))) {
      assertThatThrownBy(() -> resource.list(before, null))
          .as(before)
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageStartingWith("antes inválido");
    }
    for (String limit : List.of("0", "101", "-1", "dez", "1.5")) {
      assertThatThrownBy(() -> resource.list(null, limit))
          .as(limit)
          .isInstanceOf(InvalidRequestException.class)
          .hasMessage("limite deve ser um número de 1 a 100");
    }
    assertThat(asked).isEmpty();
  }

  private static JsonValue jsonString(String value) {
    return jakarta.json.Json.createValue(value);
  }
}
