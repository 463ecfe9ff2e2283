package br.com.gravacoes.postgrest;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one statement PostgREST runs for an insert or upsert: the JSON body is turned into rows by
 * {@code json_to_recordset} with the columns' types, inserted, and the written rows counted.
 */
final class InsertStatement {

  private final String sql;

  /**
   * @param conflictColumns the ON CONFLICT target, or empty for a plain INSERT
   */
  InsertStatement(
      TableDefinition table,
      List<TableDefinition.Column> columns,
      JsonPayload payload,
      Preferences preferences,
      List<String> conflictColumns) {
    String names = join(columns, column -> Sql.identifier(column.name()));
    sql =
        "WITH pgrst_source AS (INSERT INTO "
            + table.qualifiedName()
            + (columns.isEmpty() ? " " : "(" + names + ") ")
            + "SELECT "
            + join(columns, column -> "pgrst_body." + Sql.identifier(column.name()))
            + " "
            + source(columns, payload.object(), preferences.missingDefault())
            + " pgrst_body"
            + onConflict(columns, preferences.resolution(), conflictColumns)
            + " RETURNING "
            + table.qualifiedName()
            + ".*) SELECT pg_catalog.count(_postgrest_t), "
            + (preferences.representation()
                ? "coalesce(json_agg(_postgrest_t), '[]')"
                : "NULL::json")
            + ", array_agg(to_jsonb(_postgrest_t) ->> 'id')"
            + " FROM (SELECT * FROM pgrst_source) _postgrest_t";
  }

  /** The rows written; {@code body} is the JSON array of them when representation was asked. */
  record Result(int rows, String body, List<String> ids) {}

  Result execute(Connection connection, String json) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, json);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return new Result(result.getInt(1), result.getString(2), ids(result.getArray(3)));
      }
    }
  }

  private static String source(
      List<TableDefinition.Column> columns, boolean object, boolean missingDefault) {
    String jsonType = missingDefault ? "jsonb" : "json";
    StringBuilder from =
        new StringBuilder("FROM (SELECT CAST(? AS " + jsonType + ") AS json_data) pgrst_payload, ");
    String rows = "pgrst_payload.json_data";
    if (missingDefault) {
      String defaults =
          "jsonb_build_object("
              + columns.stream()
                  .filter(column -> column.defaultExpression() != null)
                  .map(column -> Sql.literal(column.name()) + ", " + column.defaultExpression())
                  .collect(Collectors.joining(", "))
              + ")";
      from.append(
          object
              ? "LATERAL (SELECT " + defaults + " || pgrst_payload.json_data AS val) "
              : "LATERAL (SELECT jsonb_agg("
                  + defaults
                  + " || elem) AS val FROM jsonb_array_elements(pgrst_payload.json_data) elem) ");
      from.append("pgrst_json_defs, ");
      rows = "pgrst_json_defs.val";
    }
    from.append("LATERAL (SELECT ");
    if (columns.isEmpty()) {
      // {} inserts one row of defaults, [{}, {}] one per element.
      from.append(
          object ? "FROM (values(1)) _" : "FROM " + jsonType + "_array_elements(" + rows + ") _");
    } else {
      String function = jsonType + (object ? "_to_record" : "_to_recordset");
      from.append(join(columns, column -> Sql.identifier(column.name())))
          .append(" FROM ")
          .append(function)
          .append('(')
          .append(rows)
          .append(") AS _(")
          .append(join(columns, column -> Sql.identifier(column.name()) + " " + column.type()))
          .append(')');
    }
    return from.append(')').toString();
  }

  private static String onConflict(
      List<TableDefinition.Column> columns, String resolution, List<String> conflictColumns) {
    if (resolution == null || conflictColumns.isEmpty()) {
      return "";
    }
    String target =
        " ON CONFLICT("
            + conflictColumns.stream().map(Sql::identifier).collect(Collectors.joining(", "))
            + ") ";
    if (Preferences.IGNORE_DUPLICATES.equals(resolution) || columns.isEmpty()) {
      return target + "DO NOTHING";
    }
    return target
        + "DO UPDATE SET "
        + join(
            columns,
            column ->
                Sql.identifier(column.name()) + " = EXCLUDED." + Sql.identifier(column.name()));
  }

  private static List<String> ids(Array array) throws SQLException {
    List<String> ids = new ArrayList<>();
    if (array != null) {
      for (Object id : (Object[]) array.getArray()) {
        if (id != null) {
          ids.add(Objects.toString(id));
        }
      }
    }
    return ids;
  }

  private static String join(
      List<TableDefinition.Column> columns, Function<TableDefinition.Column, String> format) {
    return columns.stream().map(format).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return sql;
  }
}
