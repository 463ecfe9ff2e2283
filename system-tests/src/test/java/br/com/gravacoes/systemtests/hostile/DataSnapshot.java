package br.com.gravacoes.systemtests.hostile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every row of every table of the service's database, as text, sorted: two snapshots are equal
 * exactly when nothing was inserted, changed or deleted. The audit trail is included on purpose: a
 * refused action must not be recorded as done.
 */
final class DataSnapshot {

  private DataSnapshot() {}

  static Map<String, List<String>> of(DataSource database) {
    Map<String, List<String>> tables = new TreeMap<>();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet result =
          statement.executeQuery(
              "SELECT table_name FROM information_schema.tables"
                  + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
        while (result.next()) {
          names.add(result.getString(1));
        }
      }
      for (String name : names) {
        tables.put(name, rows(statement, name));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return tables;
  }

  private static List<String> rows(Statement statement, String table) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet result = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(result.getMetaData().getColumnName(i)).append('=').append(result.getString(i));
          row.append(" | ");
        }
        rows.add(row.toString());
      }
    }
    rows.sort(null);
    return rows;
  }
}
