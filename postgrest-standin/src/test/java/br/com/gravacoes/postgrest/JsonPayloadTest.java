package br.com.gravacoes.postgrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a body is read before it reaches the database, as PostgREST reads it. */
class JsonPayloadTest {

  @Test
  void anObjectGivesItsKeysAndAnArrayTheKeysAllItsObjectsShare() throws ApiError {
    assertThat(read("{\"status\":\"x\",\"id\":\"1\"}").keys()).containsExactly("id", "status");
    assertThat(read("[{\"id\":\"1\"},{\"id\":\"2\"}]").object()).isFalse();
  }

  @Test
  void emptyBodiesAndTrailingGarbageAreInvalidJson() {
    for (String body : new String[] {"", "   ", "{\"id\":1}x", "[1,"}) {
      assertThatThrownBy(() -> read(body))
          .as(body)
          .isInstanceOfSatisfying(
              ApiError.class,
              error ->
                  assertThat(error.body().getString("message")).isEqualTo("Empty or invalid json"));
    }
  }

  @Test
  void scalarsAndEmptyArraysWriteNothing() throws ApiError {
    assertThat(read("42").json()).isEqualTo("[]");
    assertThat(read("[]").keys()).isEmpty();
  }

  @Test
  void withAColumnsParameterTheBodyIsPassedOnUnread() throws ApiError {
    JsonPayload payload = JsonPayload.read("{not json".getBytes(StandardCharsets.UTF_8), true);

    assertThat(payload.json()).isEqualTo("{not json");
    assertThat(payload.object()).isTrue();
  }

  private static JsonPayload read(String body) throws ApiError {
    return JsonPayload.read(body.getBytes(StandardCharsets.UTF_8), false);
  }
}
