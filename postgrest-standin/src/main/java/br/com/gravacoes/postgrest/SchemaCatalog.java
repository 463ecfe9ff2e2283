package br.com.gravacoes.postgrest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a table's definition from the catalog, in the request's own transaction: the stand-in's
 * schema cache is always fresh, as Supabase's is once its DDL event trigger has reloaded it.
 */
final class SchemaCatalog {

  private static final String COLUMNS =
      """
      SELECT a.attname,
             pg_catalog.format_type(a.atttypid, a.atttypmod),
             pg_catalog.pg_get_expr(d.adbin, d.adrelid),
             coalesce(a.attnum = ANY (i.indkey), false)
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_catalog.pg_attribute a
             ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
      LEFT JOIN pg_catalog.pg_index i ON i.indrelid = c.oid AND i.indisprimary
      WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
      ORDER BY a.attnum
      """;

  private SchemaCatalog() {}

  static Optional<TableDefinition> find(Connection connection, String schema, String table)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
      statement.setString(1, schema);
      statement.setString(2, table);
      try (ResultSet rows = statement.executeQuery()) {
        boolean found = false;
        List<TableDefinition.Column> columns = new ArrayList<>();
        List<String> primaryKey = new ArrayList<>();
        while (rows.next()) {
          found = true;
          String name = rows.getString(1);
          if (name == null) {
            continue;
          }
          columns.add(new TableDefinition.Column(name, rows.getString(2), rows.getString(3)));
          if (rows.getBoolean(4)) {
            primaryKey.add(name);
          }
        }
        return found
            ? Optional.of(new TableDefinition(schema, table, columns, primaryKey))
            : Optional.empty();
      }
    }
  }
}
