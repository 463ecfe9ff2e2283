package br.com.gravacoes.adapters.rest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodiesTest {

  static String[] whatTheParserRefusesWithoutAJsonException() {
    return new String[] {
      "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}", "{\"a\":1e99999999999}"
    };
  }

  @ParameterizedTest
  @MethodSource("whatTheParserRefusesWithoutAJsonException")
  void deepNestingOrAnAbsurdExponent_isInvalidJson_notAServerError(String body) {
    assertThatThrownBy(() -> JsonBodies.object(body))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("JSON inválido no corpo da requisição");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000\u0000", "{\"a\":\"\\uZZZZ\"}", "{\"a\":01}"})
  void malformedTexts_areInvalidJson(String body) {
    assertThatThrownBy(() -> JsonBodies.object(body))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("JSON inválido no corpo da requisição");
  }
}
