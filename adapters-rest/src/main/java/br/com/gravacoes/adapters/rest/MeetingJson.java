package br.com.gravacoes.adapters.rest;

import static br.com.gravacoes.adapters.rest.RestJson.JSON;

import br.com.gravacoes.application.port.in.MeetingView;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Writes a meeting as the live pages read it: {@code id}, {@code roomId}, {@code titulo}, {@code
 * gravando}, and {@code gravacao}, the recording running in its room (as {@link RecordingJson}
 * writes it) or null.
 */
final class MeetingJson {

  private MeetingJson() {}

  static JsonObject of(MeetingView view) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("id", view.meeting().id().value().toString())
            .add("roomId", view.meeting().roomId().value())
            .add("titulo", view.meeting().title())
            .add("gravando", view.recording());
    view.activeRecording()
        .ifPresentOrElse(
            recording -> json.add("gravacao", RecordingJson.of(recording)),
            () -> json.addNull("gravacao"));
    return json.build();
  }
}
