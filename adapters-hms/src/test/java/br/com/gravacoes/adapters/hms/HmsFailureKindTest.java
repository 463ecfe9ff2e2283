package br.com.gravacoes.adapters.hms;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.application.port.out.NoRunningRecordingException;
import br.com.gravacoes.application.port.out.RecordingAlreadyRunningException;
import br.com.gravacoes.application.port.out.SessionProviderRejectedException;
import br.com.gravacoes.application.port.out.SessionProviderTimeoutException;
import br.com.gravacoes.application.port.out.SessionProviderUnavailableException;
import org.junit.jupiter.api.Test;

class HmsFailureKindTest {

  @Test
  void eachFailureOf100msGetsTheKindTheErrorsMetricLabelsItWith() {
    assertThat(HmsFailureKind.of(new SessionProviderTimeoutException("lento", null)).label())
        .isEqualTo("timeout");
    assertThat(HmsFailures.fromStatus(503, "fora").getClass())
        .isEqualTo(SessionProviderUnavailableException.class);
    assertThat(HmsFailureKind.of(HmsFailures.fromStatus(503, "fora")).label())
        .isEqualTo("unavailable");
    assertThat(HmsFailureKind.of(HmsFailures.fromStatus(429, null)).label())
        .isEqualTo("unavailable");
    assertThat(HmsFailureKind.of(new SessionProviderRejectedException(401, "chave")).label())
        .isEqualTo("rejected");
    assertThat(HmsFailureKind.of(new NoRunningRecordingException("beam not found")).label())
        .isEqualTo("rejected");
    assertThat(HmsFailureKind.of(new RecordingAlreadyRunningException("beam already started")))
        .isEqualTo(HmsFailureKind.REJECTED);
  }
}
