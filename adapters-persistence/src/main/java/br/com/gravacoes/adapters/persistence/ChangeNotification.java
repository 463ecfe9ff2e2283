package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.application.port.out.RecordingChange;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.tenant.TenantId;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Optional;

/**
 * Reads the payload of the {@code gravacoes_mudancas} notification that migration V6's trigger
 * sends: {@code {"op","tenant_id","id","room_id_100ms","status"}}. The status is not read: the
 * watchers re-read the recording, and a status this build does not know must not drop the change.
 */
final class ChangeNotification {

  static final String CHANNEL = "gravacoes_mudancas";

  private static final JsonProvider JSON = JsonProvider.provider();

  private ChangeNotification() {}

  /** The change, or empty for a payload the trigger does not write (someone else's NOTIFY). */
  static Optional<RecordingChange> parse(String payload) {
    try (JsonReader reader = JSON.createReader(new StringReader(payload))) {
      JsonObject json = reader.readObject();
      return Optional.of(
          new RecordingChange(
              new TenantId(json.getString("tenant_id")),
              RecordingId.parse(json.getString("id")),
              new RoomId(json.getString("room_id_100ms")),
              "delete".equals(json.getString("op", ""))));
    } catch (JsonException
        | ClassCastException
        | NullPointerException
        | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
