package br.com.gravacoes.postgrest;

import java.util.Map;

/**
 * The API gateway in front of PostgREST (Kong on Supabase): refuses requests without an API key of
 * the project, in the header {@code apikey} or the URL parameter of the same name.
 */
final class ApiKeyGateway {

  private ApiKeyGateway() {}

  static void check(String apikeyHeader, Map<String, String> query, SupabaseProject project)
      throws ApiError {
    String apikey = apikeyHeader != null ? apikeyHeader : query.get("apikey");
    if (apikey == null || apikey.isBlank()) {
      throw ApiError.gateway(
          401, "No API key found in request", "No `apikey` request header or url param was found.");
    }
    if (HsSignature.verified(apikey.trim(), project.jwtSecret()).isEmpty()) {
      throw ApiError.gateway(
          401, "Invalid API key", "Double check your Supabase `anon` or `service_role` API key.");
    }
  }

  /** Kong's answer for a path that no route (no project, no service) matches. */
  static ApiError noRoute() {
    return ApiError.gateway(404, "no Route matched with those values", null);
  }
}
