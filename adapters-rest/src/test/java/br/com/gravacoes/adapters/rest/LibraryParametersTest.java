package br.com.gravacoes.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.out.RecordingCursor;
import br.com.gravacoes.application.port.out.RecordingQuery;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LibraryParametersTest {

  private static final TenantId TENANT = new TenantId("acme");

  @Test
  void readsEveryFilterAndRoundTripsTheCursor() {
    RecordingCursor cursor =
        new RecordingCursor(Instant.parse("2026-01-12T10:00:00.123456Z"), RecordingId.newId());

    RecordingQuery query =
        LibraryParameters.query(
            TENANT,
            "completed",
            "6f1d1c9e-2f5b-4d1e-9a55-0c6f1f3c2a11",
            "2026-01-01",
            "2026-01-31T00:00:00Z",
            LibraryParameters.encode(cursor),
            "50");

    assertThat(query.status()).contains(RecordingStatus.COMPLETED);
    assertThat(query.meetingId()).isPresent();
    assertThat(query.from()).contains(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(query.to()).contains(Instant.parse("2026-01-31T00:00:00Z"));
    assertThat(query.after()).contains(cursor);
    assertThat(query.limit()).isEqualTo(50);
    assertThat(LibraryParameters.query(TENANT, null, null, null, null, null, null).limit())
        .isEqualTo(LibraryParameters.DEFAULT_LIMIT);
  }

  @Test
  void everyMalformedParameterHasItsOwnMessage() {
    assertThatThrownBy(() -> LibraryParameters.recordingId("abc"))
        .hasMessage("id de gravação inválido");
    assertThatThrownBy(
            () -> LibraryParameters.query(TENANT, "gravando", null, null, null, null, null))
        .hasMessageStartingWith("status inválido");
    assertThatThrownBy(() -> LibraryParameters.query(TENANT, null, "x", null, null, null, null))
        .hasMessage("reuniaoId inválido");
    assertThatThrownBy(() -> LibraryParameters.query(TENANT, null, null, "ontem", null, null, null))
        .hasMessageStartingWith("de inválido");
    assertThatThrownBy(() -> LibraryParameters.query(TENANT, null, null, null, null, "%%%", null))
        .hasMessage("cursor inválido");
    assertThatThrownBy(() -> LibraryParameters.recordingId("1-1-1-1-1"))
        .hasMessage("id de gravação inválido");
    assertThatThrownBy(
            () ->
                LibraryParameters.query(
                    TENANT, null, null, "+300000-01-01T00:00:00Z", null, null, null))
        .hasMessageStartingWith("de inválido");
    assertThatThrownBy(
            () ->
                LibraryParameters.query(
                    TENANT, null, null, null, "-5000-01-01T00:00:00Z", null, null))
        .hasMessageStartingWith("ate inválido");
    String farCursor =
        java.util.Base64.getUrlEncoder()
            .encodeToString(("+300000-01-01T00:00:00Z|" + RecordingId.newId()).getBytes());
    assertThatThrownBy(
            () -> LibraryParameters.query(TENANT, null, null, null, null, farCursor, null))
        .hasMessage("cursor inválido");
    assertThatThrownBy(() -> LibraryParameters.query(TENANT, null, null, null, null, null, "0"))
        .hasMessageStartingWith("limite deve ser");
    assertThatThrownBy(() -> LibraryParameters.query(TENANT, null, null, null, null, null, "mil"))
        .isInstanceOf(InvalidRequestException.class);
  }
}
