package br.com.gravacoes.postgrest;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /rest/v1/{table}}, the little of it tests need: {@code select=*} and {@code
 * column=eq.value} filters, answering the rows as a JSON array.
 */
final class ReadEndpoint {

  private final Database database;

  ReadEndpoint(Database database) {
    this.database = database;
  }

  void handle(RestCall call) throws ApiError, IOException {
    ProjectRouter.requireExposedSchema(call.header("Accept-Profile"));
    Map<String, String> filters = filters(call.query());
    String rows =
        database.transaction(
            call.role().authenticated(),
            connection -> {
              TableDefinition table =
                  SchemaCatalog.find(connection, call.schema(), call.table())
                      .orElseThrow(() -> PostgrestErrors.tableNotFound(call.table()));
              List<String> conditions = new ArrayList<>();
              for (String column : filters.keySet()) {
                if (table.column(column).isEmpty()) {
                  throw ApiError.postgrest(
                      400,
                      "42703",
                      "column " + table.name() + "." + column + " does not exist",
                      null,
                      null);
                }
                conditions.add(Sql.identifier(column) + "::text = ?");
              }
              call.role().requireTablePrivilege(table.name());
              String sql =
                  "SELECT coalesce(json_agg(_postgrest_t), '[]') FROM (SELECT * FROM "
                      + table.qualifiedName()
                      + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                      + ") _postgrest_t";
              try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (String value : filters.values()) {
                  statement.setString(index++, value);
                }
                try (ResultSet result = statement.executeQuery()) {
                  result.next();
                  return result.getString(1);
                }
              }
            });
    Exchanges.send(call.exchange(), 200, rows);
  }

  /** The {@code eq} filters by column; anything else the stand-in does not read is refused. */
  private static Map<String, String> filters(Map<String, String> query) throws ApiError {
    Map<String, String> filters = new LinkedHashMap<>();
    for (Map.Entry<String, String> parameter : query.entrySet()) {
      String name = parameter.getKey();
      String value = parameter.getValue();
      if (name.equals("apikey")) {
        continue;
      }
      if (name.equals("select")) {
        if (!value.equals("*")) {
          throw PostgrestErrors.invalidQueryParameter(
              "\"failed to parse select parameter (" + value + ")\"",
              "the stand-in reads select=* only");
        }
        continue;
      }
      if (!value.startsWith("eq.")) {
        throw PostgrestErrors.invalidQueryParameter(
            "\"failed to parse filter (" + value + ")\"", "the stand-in reads eq filters only");
      }
      filters.put(name, value.substring(3));
    }
    return filters;
  }
}
