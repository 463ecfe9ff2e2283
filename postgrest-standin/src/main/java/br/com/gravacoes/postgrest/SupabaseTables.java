package br.com.gravacoes.postgrest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Creates what a tenant's Supabase project has on the database side: the project's schema and the
 * mirrored {@code gravacoes} table (DDL in {@code gravacoes.sql}), or deliberately less of it.
 */
public final class SupabaseTables {

  public static final String GRAVACOES = "gravacoes";

  private static final String GRAVACOES_DDL = "gravacoes.sql";

  private SupabaseTables() {}

  /** The schema alone, with no table: a project whose mirror table was never created. */
  public static void createSchema(DataSource dataSource, SupabaseProject project) {
    execute(dataSource, "CREATE SCHEMA IF NOT EXISTS " + Sql.identifier(project.schema()));
  }

  /** The schema and the {@code gravacoes} table, unless they exist already. */
  public static void createGravacoes(DataSource dataSource, SupabaseProject project) {
    createSchema(dataSource, project);
    execute(dataSource, ddl().replace("{schema}", Sql.identifier(project.schema())));
  }

  /** Drops a column, for a project whose table lags behind the one the service writes. */
  public static void dropColumn(
      DataSource dataSource, SupabaseProject project, String table, String column) {
    execute(
        dataSource,
        "ALTER TABLE "
            + Sql.identifier(project.schema())
            + "."
            + Sql.identifier(table)
            + " DROP COLUMN "
            + Sql.identifier(column));
  }

  private static String ddl() {
    try (InputStream in = SupabaseTables.class.getResourceAsStream(GRAVACOES_DDL)) {
      if (in == null) {
        throw new IllegalStateException(GRAVACOES_DDL + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void execute(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      if (!connection.getAutoCommit()) {
        statement.execute(sql);
        connection.commit();
      } else {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not run: " + sql, e);
    }
  }
}
