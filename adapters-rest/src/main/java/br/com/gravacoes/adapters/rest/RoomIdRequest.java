package br.com.gravacoes.adapters.rest;

import br.com.gravacoes.domain.meeting.RoomId;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads the seed's request body {@code {"roomId": "..."}} strictly, so that every malformed body
 * gets its own clear 400 instead of a generic error.
 */
final class RoomIdRequest {

  static final String ROOM_ID = "roomId";

  private RoomIdRequest() {}

  static RoomId parse(String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidRequestException("roomId é obrigatório");
    }
    JsonObject object = JsonBodies.object(body);
    JsonValue value = object.get(ROOM_ID);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      throw new InvalidRequestException("roomId é obrigatório");
    }
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw new InvalidRequestException("roomId deve ser um texto");
    }
    String text = ((JsonString) value).getString();
    if (text.isBlank()) {
      throw new InvalidRequestException("roomId é obrigatório");
    }
    return roomId(text.strip());
  }

  /** A room id from a path or query parameter, with the same 400 as in a body. */
  static RoomId roomId(String text) {
    try {
      return new RoomId(text);
    } catch (IllegalArgumentException | NullPointerException malformed) {
      throw new InvalidRequestException(
          "roomId inválido: use até " + RoomId.MAX_LENGTH + " letras, números, '_' ou '-'");
    }
  }
}
