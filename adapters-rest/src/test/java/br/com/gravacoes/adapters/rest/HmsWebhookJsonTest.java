package br.com.gravacoes.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.in.ProviderEvent;
import br.com.gravacoes.application.port.in.ProviderEventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HmsWebhookJsonTest {

  @Test
  void readsARecordingSuccessEnvelope() {
    ProviderEvent event =
        HmsWebhookJson.read(
            """
            {"version":"2.0","id":"evt-1","app_id":"a","timestamp":"2026-01-12T10:00:00Z",
             "type":"beam.recording.success","is_replay":true,
             "data":{"recording_id":"rec1","room_id":"room1","session_id":"s1","duration":61.2,
                     "size":4096,"recording_path":"s3://b/v.mp4",
                     "recording_presigned_url":"https://signed"}}
            """);

    assertThat(event.id()).isEqualTo("evt-1");
    assertThat(event.type()).isEqualTo(ProviderEventType.READY);
    assertThat(event.providerType()).isEqualTo("beam.recording.success");
    assertThat(event.replay()).isTrue();
    assertThat(event.hmsRecordingId()).isEqualTo("rec1");
    assertThat(event.roomId()).isEqualTo("room1");
    assertThat(event.sessionId()).isEqualTo("s1");
    assertThat(event.durationSeconds()).isEqualTo(62);
    assertThat(event.sizeBytes()).isEqualTo(4096L);
    assertThat(event.recordingPath()).isEqualTo("s3://b/v.mp4");
    assertThat(event.presignedUrl()).isEqualTo("https://signed");
    assertThat(event.occurredAt()).hasToString("2026-01-12T10:00:00Z");
  }

  @ParameterizedTest
  @CsvSource({
    "beam.started.success, STARTED",
    "beam.stopped.success, STOPPED",
    "recording.success, READY",
    "beam.failure, FAILED",
    "recording.failed, FAILED",
    "peer.join.success, OTHER"
  })
  void mapsEvery100msTypeWeKnow(String type, ProviderEventType expected) {
    String body =
        "{\"id\":\"e\",\"type\":\"" + type + "\",\"data\":{\"error_type\":\"UPLOAD_ERROR\"}}";
    assertThat(HmsWebhookJson.read(body).type()).isEqualTo(expected);
  }

  @Test
  void numbersOfTheWrongKindOrRangeAreTreatedAsAbsent() {
    ProviderEvent event =
        HmsWebhookJson.read(
            """
            {"id":"e","type":"beam.recording.success",
             "data":{"duration":-5,"size":1e19,"recording_path":"","recording_id":7}}
            """);

    assertThat(event.durationSeconds()).isNull();
    assertThat(event.sizeBytes()).isNull();
    assertThat(event.recordingPath()).isNull();
    assertThat(event.hmsRecordingId()).isNull();
    assertThat(HmsWebhookJson.read("{\"id\":\"e\",\"type\":\"x\",\"data\":5}").type())
        .isEqualTo(ProviderEventType.OTHER);
  }

  @Test
  void malformedOrIncompleteEventsAreBadRequests() {
    assertThatThrownBy(() -> HmsWebhookJson.read("{\"id\":\"a\\u0000b\",\"type\":\"t\"}"))
        .hasMessage("Evento com id ou type inválido");
    assertThatThrownBy(
            () -> HmsWebhookJson.read("{\"id\":\"" + "x".repeat(3000) + "\",\"type\":\"t\"}"))
        .hasMessage("Evento com id ou type inválido");
    assertThatThrownBy(() -> HmsWebhookJson.read("{\"id\":"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("JSON inválido no corpo da requisição");
    assertThatThrownBy(() -> HmsWebhookJson.read("{\"type\":\"beam.failure\"}"))
        .hasMessage("Evento sem id ou type");
    assertThatThrownBy(() -> HmsWebhookJson.read("[]"))
        .hasMessage("O corpo da requisição deve ser um objeto JSON");
  }

  @ParameterizedTest
  @CsvSource({
    "recording_id, rec\\u0000x",
    "room_id, room\\u0000x",
    "session_id, s\\ud800x",
    "reason, fim\\udc00",
    "error_message, falhou\\u0000",
    "recording_presigned_url, https://x/\\ud83c"
  })
  void aDataTextPostgresqlCannotStoreAsSent_refusesTheEvent(String field, String text) {
    String type = field.startsWith("error") ? "beam.failure" : "beam.recording.success";
    String body =
        "{\"id\":\"evt-1\",\"type\":\""
            + type
            + "\",\"data\":{\""
            + field
            + "\":\""
            + text
            + "\"}}";

    assertThatThrownBy(() -> HmsWebhookJson.read(body))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(
            "Evento com texto inválido em " + field + ": caractere nulo ou Unicode malformado");
  }

  @Test
  void anEmojiInADataText_isKept() {
    ProviderEvent event =
        HmsWebhookJson.read(
            "{\"id\":\"evt-1\",\"type\":\"beam.stopped.success\","
                + "\"data\":{\"reason\":\"fim \\ud83c\\udfa5\"}}");

    assertThat(event.reason()).isEqualTo("fim \uD83C\uDFA5");
  }
}
