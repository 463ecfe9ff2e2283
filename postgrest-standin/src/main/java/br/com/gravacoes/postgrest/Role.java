package br.com.gravacoes.postgrest;

import java.util.Set;

/**
 * The database role a request runs as, from the JWT's {@code role} claim, and what it may do: in
 * the stand-in only {@code service_role} holds privileges on the project's tables.
 */
record Role(String name) {

  static final Role ANONYMOUS = new Role(ProjectKeys.ANON);

  /** The roles every Supabase database has; any other claimed role does not exist. */
  private static final Set<String> EXISTING =
      Set.of(ProjectKeys.ANON, "authenticated", ProjectKeys.SERVICE_ROLE);

  /** PostgREST's "authenticated": the request runs as a role other than the anonymous one. */
  boolean authenticated() {
    return !ProjectKeys.ANON.equals(name);
  }

  /** Fails as PostgreSQL would when the role switches to this one and touches {@code table}. */
  void requireTablePrivilege(String table) throws ApiError {
    if (!EXISTING.contains(name)) {
      throw PostgrestErrors.roleDoesNotExist(name);
    }
    if (!ProjectKeys.SERVICE_ROLE.equals(name)) {
      throw PostgrestErrors.permissionDenied(table, authenticated());
    }
  }
}
