package br.com.gravacoes.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.adapters.rest.auth.CurrentCaller;
import br.com.gravacoes.application.port.in.Actor;
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
import org.junit.jupiter.api.Test;

class MirrorSyncResourceTest {

  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  private static final Actor ACME_ADMIN = new Actor("admin", new TenantId("acme"), null);

  private final List<Actor> retried = new ArrayList<>();
  private List<TenantMirrorStatus> statuses = List.of();

  private final MirrorStatusUseCase status =
      tenant -> statuses.stream().filter(s -> s.tenant().equals(tenant)).findFirst();
  private final RetryMirrorUseCase retry =
      actor -> {
        retried.add(actor);
        return 7;
      };
  private final MirrorSyncResource resource =
      new MirrorSyncResource(status, retry, Clock.fixed(NOW, ZoneOffset.UTC), callerIs(ACME_ADMIN));

  private static CurrentCaller callerIs(Actor actor) {
    return new CurrentCaller() {
      @Override
      public Actor actor() {
        return actor;
      }
    };
  }

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
            new TenantMirrorStatus(new TenantId("acme"), 0, null, 0, null, null, null, 0, null));

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
  void statusShowsOnlyTheCallersTenant() {
    statuses =
        List.of(
            new TenantMirrorStatus(new TenantId("globex"), 5, null, 0, null, null, null, 0, null));

    assertThat(resource.status().getJsonArray("tenants")).isEmpty();
  }

  @Test
  void retryRequeuesTheCallersTenant_andSaysHowMany() {
    JsonObject answer = resource.retry();

    assertThat(answer.getInt("requeued")).isEqualTo(7);
    assertThat(answer.getBoolean("success")).isTrue();
    assertThat(retried).containsExactly(ACME_ADMIN);
  }
}
