package br.com.gravacoes.postgrest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

/** {@code POST /rest/v1/{table}}: PostgREST's insert and upsert, checked in PostgREST's order. */
final class InsertEndpoint {

  private final Database database;
  private final Consumer<WriteEvent> writeListener;

  InsertEndpoint(Database database, Consumer<WriteEvent> writeListener) {
    this.database = database;
    this.writeListener = writeListener;
  }

  void handle(RestCall call) throws ApiError, IOException {
    ProjectRouter.requireExposedSchema(call.header("Content-Profile"));
    requireJson(call.header("Content-Type"));
    Preferences preferences = Preferences.parse(call.exchange().getRequestHeaders().get("Prefer"));
    Optional<List<String>> columns = columnList(call, "columns");
    JsonPayload payload = JsonPayload.read(call.body(), columns.isPresent());
    Optional<List<String>> onConflict = columnList(call, "on_conflict");

    InsertStatement.Result result =
        database.transaction(
            call.role().authenticated(),
            connection -> {
              TableDefinition table =
                  SchemaCatalog.find(connection, call.schema(), call.table())
                      .orElseThrow(() -> PostgrestErrors.tableNotFound(call.table()));
              List<TableDefinition.Column> written =
                  resolve(table, columns.map(TreeSet::new).orElse(new TreeSet<>(payload.keys())));
              call.role().requireTablePrivilege(table.name());
              List<String> conflictTarget =
                  preferences.resolution() == null
                      ? List.of()
                      : onConflict.orElse(table.primaryKey());
              return new InsertStatement(table, written, payload, preferences, conflictTarget)
                  .execute(connection, payload.json());
            });

    call.project().wrote(result.rows());
    writeListener.accept(
        new WriteEvent(
            call.project().project().ref(), result.rows(), result.ids(), call.receivedAt()));
    call.exchange().getResponseHeaders().set("Content-Range", "*/*");
    Exchanges.send(call.exchange(), 201, preferences.representation() ? result.body() : "");
  }

  /** PostgREST assumes JSON when there is no Content-Type; its parameters are ignored. */
  private static void requireJson(String contentType) throws ApiError {
    if (contentType == null) {
      return;
    }
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json")) {
      throw PostgrestErrors.invalidBody("Content-Type not acceptable: " + mediaType);
    }
  }

  private static Optional<List<String>> columnList(RestCall call, String parameter)
      throws ApiError {
    String raw = call.query().get(parameter);
    return raw == null ? Optional.empty() : Optional.of(ColumnList.parse(parameter, raw));
  }

  private static List<TableDefinition.Column> resolve(
      TableDefinition table, SortedSet<String> names) throws ApiError {
    List<TableDefinition.Column> columns = new ArrayList<>();
    for (String name : names) {
      columns.add(
          table.column(name).orElseThrow(() -> PostgrestErrors.columnNotFound(name, table.name())));
    }
    return columns;
  }
}
