package br.com.gravacoes.postgrest;

import java.util.List;
import java.util.Optional;

/** A table as the schema cache knows it: its columns in order and its primary key. */
record TableDefinition(String schema, String name, List<Column> columns, List<String> primaryKey) {

  /**
   * One column.
   *
   * @param type the type as {@code format_type} spells it, usable in a cast
   * @param defaultExpression the column default as SQL, or null
   */
  record Column(String name, String type, String defaultExpression) {}

  TableDefinition {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
  }

  Optional<Column> column(String columnName) {
    return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
  }

  /** {@code "schema"."table"}. */
  String qualifiedName() {
    return Sql.identifier(schema) + "." + Sql.identifier(name);
  }
}
