package br.com.gravacoes.postgrest;

/** Quoting for SQL text built from names that came from the catalog. */
final class Sql {

  private Sql() {}

  static String identifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  static String literal(String value) {
    return '\'' + value.replace("'", "''") + '\'';
  }
}
