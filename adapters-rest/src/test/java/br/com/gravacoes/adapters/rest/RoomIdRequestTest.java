package br.com.gravacoes.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RoomIdRequestTest {

  @ParameterizedTest
  @ValueSource(strings = {"{\"roomId\":\"room_abc123\"}", "{\"roomId\":\" room_abc123 \",\"x\":1}"})
  void readsTheRoomIdOfTheSeedsBody(String body) {
    assertThat(RoomIdRequest.parse(body).value()).isEqualTo("room_abc123");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "  ",
        "{}",
        "{\"roomId\":null}",
        "{\"roomId\":\"\"}",
        "{\"roomId\":\"   \"}",
        "{\"room\":\"r\"}"
      })
  void aMissingOrBlankRoomIdIsTheSeedsError(String body) {
    assertThatThrownBy(() -> RoomIdRequest.parse(body))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("roomId é obrigatório");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"roomId\":|JSON inválido no corpo da requisição",
        "{roomId: 'x'}|JSON inválido no corpo da requisição",
        "not json|JSON inválido no corpo da requisição",
        "[\"room\"]|O corpo da requisição deve ser um objeto JSON",
        "{\"roomId\":42}|roomId deve ser um texto",
        "{\"roomId\":{\"a\":1}}|roomId deve ser um texto",
        "{\"roomId\":true}|roomId deve ser um texto",
        "{\"roomId\":\"../../etc/passwd\"}|roomId inválido: use até 128 letras, números, '_' ou '-'",
        "{\"roomId\":\"room'; drop table gravacoes;--\"}|roomId inválido: use até 128 letras, números, '_' ou '-'"
      })
  void malformedBodiesGetAClearPortugueseMessage(String body, String message) {
    assertThatThrownBy(() -> RoomIdRequest.parse(body))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(message);
  }

  @org.junit.jupiter.api.Test
  void anOverlongRoomIdIsRefused() {
    String body = "{\"roomId\":\"" + "a".repeat(10_000) + "\"}";
    assertThatThrownBy(() -> RoomIdRequest.parse(body)).isInstanceOf(InvalidRequestException.class);
  }
}
