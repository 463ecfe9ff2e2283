package br.com.gravacoes.bootstrap;

import java.util.List;

/**
 * An endpoint only a tenant's administrators may call, with a body that would do something real:
 * {@code {room}} and {@code {recording}} stand for a room and a recording of the tenant under test.
 */
record ProtectedEndpoint(String method, String path, String body) {

  static final String HMS_FORM =
      "{\"appAccessKey\":\"acesso-form-key\","
          + "\"appSecret\":\"acesso-form-secret-0123456789abcdefghij\",\"templateId\":\"tpl\"}";
  static final String SUPABASE_FORM =
      "{\"url\":\"http://127.0.0.1:9\",\"serviceKey\":\"acesso-form-service-key\"}";

  /** Every one of them; the integration settings ones only count once they are deployed. */
  static List<ProtectedEndpoint> all() {
    String room = "{\"roomId\":\"{room}\"}";
    return List.of(
        new ProtectedEndpoint("GET", "api/sessao", null),
        new ProtectedEndpoint("POST", "api/sessao", null),
        new ProtectedEndpoint("DELETE", "api/sessao", null),
        new ProtectedEndpoint("POST", "api/100ms/recording/start", room),
        new ProtectedEndpoint("POST", "api/100ms/recording/stop", room),
        new ProtectedEndpoint("GET", "api/gravacoes", null),
        new ProtectedEndpoint("GET", "api/gravacoes/{recording}", null),
        new ProtectedEndpoint("POST", "api/gravacoes/{recording}/refresh", null),
        new ProtectedEndpoint("GET", "api/gravacoes/{recording}/playback", null),
        new ProtectedEndpoint("GET", "api/sync/status", null),
        new ProtectedEndpoint("POST", "api/sync/retry", null),
        new ProtectedEndpoint("GET", "api/auditoria", null),
        new ProtectedEndpoint("GET", "api/reunioes", null),
        new ProtectedEndpoint("GET", "api/reunioes/{room}", null),
        new ProtectedEndpoint("GET", "api/integracoes/100ms", null),
        new ProtectedEndpoint("PUT", "api/integracoes/100ms", HMS_FORM),
        new ProtectedEndpoint("POST", "api/integracoes/100ms/testar", HMS_FORM),
        new ProtectedEndpoint("GET", "api/integracoes/supabase", null),
        new ProtectedEndpoint("PUT", "api/integracoes/supabase", SUPABASE_FORM),
        new ProtectedEndpoint("POST", "api/integracoes/supabase/testar", SUPABASE_FORM));
  }

  boolean integrationSettings() {
    return path.startsWith("api/integracoes/");
  }

  String path(String room, String recording) {
    return path.replace("{room}", room).replace("{recording}", recording);
  }

  /** The body, or null when the endpoint takes none. */
  String body(String room, String recording) {
    return body == null ? null : body.replace("{room}", room).replace("{recording}", recording);
  }

  @Override
  public String toString() {
    return method + " /" + path;
  }
}
