package br.com.gravacoes.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.in.MirrorStatusUseCase;
import br.com.gravacoes.application.port.in.RetryMirrorUseCase;
import br.com.gravacoes.application.port.out.TenantMirrorStatus;
import br.com.gravacoes.domain.tenant.TenantId;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MirrorSyncResourceTest {

  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  private final List<Optional<TenantId>> retried = new ArrayList<>();
  private List<TenantMirrorStatus> statuses = List.of();

  private final MirrorStatusUseCase status = () -> statuses;
  private final RetryMirrorUseCase retry =
      tenant -> {
        retried.add(tenant);
        return 7;
      };
  private final MirrorSyncResource resource =
      new MirrorSyncResource(status, retry, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void statusTellsEachTenantsBacklog_withTheAgeOfItsOldestChange() {
    statuses =
        List.of(
            new TenantMirrorStatus(
                new TenantId("acme"),
                12,
                NOW.minusMillis(2_500),
                3,
                NOW.minusSeconds(60),
                "Supabase recusou as gravações (HTTP 401, PGRST301: JWSError)",
                NOW.minusSeconds(5),
                2,
                NOW.plusSeconds(4)));

    JsonObject tenant = resource.status().getJsonArray("tenants").getJsonObject(0);

    assertThat(tenant.getString("tenantId")).isEqualTo("acme");
    assertThat(tenant.getJsonNumber("pending").longValue()).isEqualTo(12);
    assertThat(tenant.getString("oldestPendingAt")).isEqualTo("2026-11-26T11:59:57.500Z");
    assertThat(tenant.getJsonNumber("oldestPendingAgeSeconds").doubleValue()).isEqualTo(2.5);
    assertThat(tenant.getJsonNumber("parked").longValue()).isEqualTo(3);
    assertThat(tenant.getString("lastSuccessAt")).isEqualTo("2026-11-26T11:59:00Z");
    assertThat(tenant.getString("lastError")).contains("401");
    assertThat(tenant.getString("lastErrorAt")).isEqualTo("2026-11-26T11:59:55Z");
    assertThat(tenant.getInt("consecutiveFailures")).isEqualTo(2);
    assertThat(tenant.getString("nextAttemptAt")).isEqualTo("2026-11-26T12:00:04Z");
  }

  @Test
  void aTenantWithNothingWaitingAndNoHistoryHasNulls() {
    statuses =
        List.of(
            new TenantMirrorStatus(new TenantId("novo"), 0, null, 0, null, null, null, 0, null));

    JsonObject tenant = resource.status().getJsonArray("tenants").getJsonObject(0);

    for (String absent :
        List.of(
            "oldestPendingAt",
            "oldestPendingAgeSeconds",
            "lastSuccessAt",
            "lastError",
            "lastErrorAt",
            "nextAttemptAt")) {
      assertThat(tenant.get(absent)).as(absent).isEqualTo(JsonValue.NULL);
    }
  }

  @Test
  void retryRequeuesOneTenantOrAll_andSaysHowMany() {
    assertThat(resource.retry(" acme ").getInt("requeued")).isEqualTo(7);
    assertThat(resource.retry(null).getBoolean("success")).isTrue();

    assertThat(retried).containsExactly(Optional.of(new TenantId("acme")), Optional.empty());
  }

  @Test
  void aMalformedTenantIsRefusedBeforeAnythingIsRequeued() {
    assertThatThrownBy(() -> resource.retry("x y; DROP TABLE"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("tenantId inválido");
    assertThat(retried).isEmpty();
  }
}
