package br.com.gravacoes.adapters.rest;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognizes a failure caused by the database being out of reach (restarting, refusing connections,
 * shutting sessions down), as opposed to a bug: only the JDK's {@code java.sql} types and the SQL
 * standard's states are read, so the REST layer knows nothing of the persistence adapter.
 */
final class DatabaseOutage {

  private DatabaseOutage() {}

  /**
   * True when a cause is a connection failure: SQLSTATE class 08 (connection exception) or 57P
   * (PostgreSQL's operator intervention: admin or crash shutdown, cannot connect now).
   */
  static boolean causedBy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }

  private static boolean isConnectionState(String state) {
    return state != null && (state.startsWith("08") || state.startsWith("57P"));
  }
}
