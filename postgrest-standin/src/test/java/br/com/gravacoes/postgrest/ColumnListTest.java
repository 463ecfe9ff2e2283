package br.com.gravacoes.postgrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Parsing of the {@code columns} and {@code on_conflict} parameters. */
class ColumnListTest {

  @Test
  void readsQuotedNamesAsPostgrestJsSendsThemAndBareNames() throws ApiError {
    assertThat(ColumnList.parse("columns", "\"id\",\"reuniao_id\",\"room_id_100ms\""))
        .containsExactly("id", "reuniao_id", "room_id_100ms");
    assertThat(ColumnList.parse("on_conflict", "id, tenant_id")).containsExactly("id", "tenant_id");
  }

  @Test
  void refusesEmptyNamesAndUnclosedQuotes() {
    assertThatThrownBy(() -> ColumnList.parse("columns", "id,,status"))
        .isInstanceOfSatisfying(
            ApiError.class,
            error -> assertThat(error.body().getString("code")).isEqualTo("PGRST100"));
    assertThatThrownBy(() -> ColumnList.parse("columns", "\"id")).isInstanceOf(ApiError.class);
  }
}
