package br.com.gravacoes.postgrest;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Turns a PostgreSQL error into PostgREST's answer: SQLSTATE as code, HTTP status by class. */
final class SqlErrors {

  private SqlErrors() {}

  static ApiError toApiError(SQLException e, boolean authenticated) {
    ServerErrorMessage server =
        e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
    if (server == null || server.getSQLState() == null) {
      return PostgrestErrors.clientError(e.getMessage());
    }
    String code = server.getSQLState();
    ApiError error =
        ApiError.postgrest(
            status(code, server.getMessage(), authenticated),
            code,
            server.getMessage(),
            server.getDetail(),
            server.getHint());
    return error.status() == 401 ? error.withHeader("WWW-Authenticate", "Bearer") : error;
  }

  /** Whether the connection is unusable after this error. */
  static boolean brokeTheConnection(SQLException e) {
    String state = e.getSQLState();
    return state == null || state.startsWith("08") || state.equals("57P01");
  }

  /** PostgREST's {@code mapSQLtoHTTP}. */
  static int status(String code, String message, boolean authenticated) {
    switch (code) {
      case "23503", "23505":
        return 409;
      case "25006":
        return 405;
      case "21000":
        return message != null && message.endsWith("requires a WHERE clause") ? 400 : 500;
      case "22023":
        return message != null && message.startsWith("role") && message.endsWith("does not exist")
            ? 401
            : 400;
      case "53400":
        return 500;
      case "57P01":
        return 503;
      case "P0001":
        return 400;
      case "42883":
        return 404;
      case "42P01":
        return 404;
      case "42P17":
        return 500;
      case "42501":
        return authenticated ? 403 : 401;
      default:
        return statusOfClass(code);
    }
  }

  private static int statusOfClass(String code) {
    return switch (code.substring(0, 2)) {
      case "08", "53" -> 503;
      case "09",
          "25",
          "2D",
          "38",
          "39",
          "3B",
          "40",
          "54",
          "55",
          "57",
          "58",
          "F0",
          "HV",
          "P0",
          "XX" ->
          500;
      case "0L", "0P", "28" -> 403;
      default -> 400;
    };
  }
}
