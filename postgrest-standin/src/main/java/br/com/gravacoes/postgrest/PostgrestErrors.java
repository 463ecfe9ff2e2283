package br.com.gravacoes.postgrest;

/** The PostgREST errors the stand-in gives, with PostgREST 12's codes, statuses and wording. */
final class PostgrestErrors {

  private PostgrestErrors() {}

  static ApiError invalidSchema(String schema) {
    return ApiError.postgrest(
        406,
        "PGRST106",
        "Invalid schema: " + schema,
        null,
        "Only the following schemas are exposed: " + ProjectRouter.EXPOSED_SCHEMA);
  }

  static ApiError invalidBody(String message) {
    return ApiError.postgrest(400, "PGRST102", message, null, null);
  }

  static ApiError invalidQueryParameter(String message, String details) {
    return ApiError.postgrest(400, "PGRST100", message, details, null);
  }

  static ApiError invalidPath() {
    return ApiError.postgrest(404, "PGRST125", "Invalid path specified in request URL", null, null);
  }

  static ApiError unsupportedMethod(String method) {
    return ApiError.postgrest(405, "PGRST117", "Unsupported HTTP method: " + method, null, null);
  }

  static ApiError tableNotFound(String table) {
    return ApiError.postgrest(
        404,
        "PGRST205",
        "Could not find the table '"
            + ProjectRouter.EXPOSED_SCHEMA
            + "."
            + table
            + "' in the schema cache",
        null,
        null);
  }

  static ApiError columnNotFound(String column, String table) {
    return ApiError.postgrest(
        400,
        "PGRST204",
        "Could not find the '" + column + "' column of '" + table + "' in the schema cache",
        null,
        null);
  }

  /** A token PostgREST could not decode or verify. */
  static ApiError jwtInvalid(String message) {
    return jwtError("PGRST301", message);
  }

  /** A verified token whose time claims refuse it. */
  static ApiError jwtClaims(String message) {
    return jwtError("PGRST303", message);
  }

  /** The role lacks the table privilege: 401 for the anonymous role, 403 for any other. */
  static ApiError permissionDenied(String table, boolean authenticated) {
    ApiError error =
        ApiError.postgrest(
            authenticated ? 403 : 401, "42501", "permission denied for table " + table, null, null);
    return authenticated ? error : error.withHeader("WWW-Authenticate", "Bearer");
  }

  static ApiError roleDoesNotExist(String role) {
    return ApiError.postgrest(401, "22023", "role \"" + role + "\" does not exist", null, null)
        .withHeader("WWW-Authenticate", "Bearer");
  }

  /** No connection could be opened. */
  static ApiError connectionError(String details) {
    return ApiError.postgrest(
        503, "PGRST000", "Database connection error. Retrying the connection.", details, null);
  }

  /** The connection broke while the request used it. */
  static ApiError clientError(String details) {
    return ApiError.postgrest(
        503, "PGRST001", "Database client error. Retrying the connection.", details, null);
  }

  static ApiError poolTimeout() {
    return ApiError.postgrest(
        504, "PGRST003", "Timed out acquiring connection from connection pool.", null, null);
  }

  private static ApiError jwtError(String code, String message) {
    return ApiError.postgrest(401, code, message, null, null)
        .withHeader(
            "WWW-Authenticate",
            "Bearer error=\"invalid_token\", error_description=\"" + message + "\"");
  }
}
