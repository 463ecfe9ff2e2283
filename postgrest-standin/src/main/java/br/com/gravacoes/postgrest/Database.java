package br.com.gravacoes.postgrest;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;

/** Runs a request's database work in one transaction on a pooled connection, all or nothing. */
final class Database {

  /** Work on the transaction's connection; an {@link ApiError} rolls it back too. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException, ApiError;
  }

  private final ConnectionPool pool;

  Database(ConnectionPool pool) {
    this.pool = pool;
  }

  /**
   * @param authenticated whether the request runs as a role other than the anonymous one, which
   *     decides 401 or 403 for a privilege error
   */
  <T> T transaction(boolean authenticated, Work<T> work) throws ApiError {
    Connection connection;
    try {
      connection = pool.borrow();
    } catch (SQLTimeoutException e) {
      throw PostgrestErrors.poolTimeout();
    } catch (SQLException e) {
      throw PostgrestErrors.connectionError(e.getMessage());
    }
    boolean broken = false;
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException e) {
      broken = !rollback(connection) || SqlErrors.brokeTheConnection(e);
      throw SqlErrors.toApiError(e, authenticated);
    } catch (ApiError | RuntimeException e) {
      broken = !rollback(connection);
      throw e;
    } finally {
      pool.giveBack(connection, broken);
    }
  }

  /** Rolls back; false when even that failed, so the connection is not to be reused. */
  private static boolean rollback(Connection connection) {
    try {
      connection.rollback();
      return true;
    } catch (SQLException e) {
      return false;
    }
  }
}
