package br.com.gravacoes.systemtests.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who may not call: forged, expired, unsigned and non-admin tokens, forged cookies and cookie
 * writes from another origin on every protected route, and another tenant's valid token on this
 * tenant's recording and room.
 */
final class AuthCorpus {

  private static final String API = "/api";

  private final List<HostileCase> cases = new ArrayList<>();
  private final String adminToken;

  private AuthCorpus(String adminToken) {
    this.adminToken = adminToken;
  }

  static List<HostileCase> build(
      String adminToken,
      Map<String, HostileTokens.Forged> forged,
      String recordingId,
      String otherTenantToken,
      String room) {
    AuthCorpus corpus = new AuthCorpus(adminToken);
    corpus.forgedTokens(protectedRoutes(recordingId), forged);
    corpus.otherTenant(otherTenantToken, recordingId, room);
    return corpus.cases;
  }

  /** Every protected route, with a body where it takes one (refused anyway once past auth). */
  static List<Route> protectedRoutes(String recordingId) {
    String room = "{\"roomId\":\"sala-que-nao-existe\"}";
    return List.of(
        new Route("POST /100ms/recording/start", "POST", API + "/100ms/recording/start", room),
        new Route("POST /100ms/recording/stop", "POST", API + "/100ms/recording/stop", room),
        new Route("GET /gravacoes", "GET", API + "/gravacoes", null),
        new Route("GET /gravacoes/{id}", "GET", API + "/gravacoes/" + recordingId, null),
        new Route(
            "POST /gravacoes/{id}/refresh",
            "POST",
            API + "/gravacoes/" + recordingId + "/refresh",
            null),
        new Route(
            "GET /gravacoes/{id}/playback",
            "GET",
            API + "/gravacoes/" + recordingId + "/playback",
            null),
        new Route("GET /sync/status", "GET", API + "/sync/status", null),
        new Route("POST /sync/retry", "POST", API + "/sync/retry", null),
        new Route("GET /integracoes/100ms", "GET", API + "/integracoes/100ms", null),
        new Route(
            "PUT /integracoes/100ms",
            "PUT",
            API + "/integracoes/100ms",
            "{\"appAccessKey\":\"k\"}"),
        new Route(
            "POST /integracoes/100ms/testar", "POST", API + "/integracoes/100ms/testar", null),
        new Route("GET /integracoes/supabase", "GET", API + "/integracoes/supabase", null),
        new Route(
            "PUT /integracoes/supabase", "PUT", API + "/integracoes/supabase", "{\"url\":\"x\"}"),
        new Route(
            "POST /integracoes/supabase/testar",
            "POST",
            API + "/integracoes/supabase/testar",
            null),
        new Route("GET /auditoria", "GET", API + "/auditoria", null),
        new Route("GET /reunioes", "GET", API + "/reunioes", null),
        new Route("GET /reunioes/{roomId}", "GET", API + "/reunioes/sala-que-nao-existe", null),
        new Route("GET /gravacoes/eventos", "GET", API + "/gravacoes/eventos", null),
        new Route("GET /sessao", "GET", API + "/sessao", null),
        new Route("POST /sessao", "POST", API + "/sessao", null),
        new Route("DELETE /sessao", "DELETE", API + "/sessao", null));
  }

  private void forgedTokens(List<Route> routes, Map<String, HostileTokens.Forged> forged) {
    for (Route route : routes) {
      forged.forEach(
          (label, token) -> {
            HostileCase.Builder request = route.request("forged-tokens").label(label);
            if (token.authorization() != null) {
              request.header("Authorization", token.authorization());
            }
            cases.add(request.build());
          });
      cases.add(
          route
              .request("forged-tokens")
              .containerLevel()
              .label("raw invalid UTF-8 token")
              .rawHeader(
                  bytes("Authorization: Bearer ", new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}))
              .build());
      cases.add(
          route
              .request("forged-tokens")
              .label("forged cookie")
              .header("Cookie", "gravacoes_token=forjado")
              .build());
      if (!route.method().equals("GET")) {
        cases.add(
            route
                .request("forged-tokens")
                .label("admin cookie without Origin")
                .header("Cookie", "gravacoes_token=" + adminToken)
                .build());
        cases.add(
            route
                .request("forged-tokens")
                .label("admin cookie from another origin")
                .header("Cookie", "gravacoes_token=" + adminToken)
                .header("Origin", "https://atacante.example")
                .build());
      }
    }
  }

  private void otherTenant(String token, String recordingId, String room) {
    String body = "{\"roomId\":\"" + room + "\"}";
    cases.add(
        HostileCase.of(
                "other-tenant", "GET /gravacoes/{id}", "GET", API + "/gravacoes/" + recordingId)
            .bearer(token)
            .build());
    cases.add(
        HostileCase.of(
                "other-tenant",
                "POST /gravacoes/{id}/refresh",
                "POST",
                API + "/gravacoes/" + recordingId + "/refresh")
            .bearer(token)
            .build());
    cases.add(
        HostileCase.of(
                "other-tenant",
                "GET /gravacoes/{id}/playback",
                "GET",
                API + "/gravacoes/" + recordingId + "/playback")
            .bearer(token)
            .build());
    cases.add(
        HostileCase.of("other-tenant", "GET /reunioes/{roomId}", "GET", API + "/reunioes/" + room)
            .bearer(token)
            .build());
    cases.add(
        HostileCase.of(
                "other-tenant",
                "POST /100ms/recording/start",
                "POST",
                API + "/100ms/recording/start")
            .bearer(token)
            .json(body)
            .build());
    cases.add(
        HostileCase.of(
                "other-tenant", "POST /100ms/recording/stop", "POST", API + "/100ms/recording/stop")
            .bearer(token)
            .json(body)
            .build());
  }

  private static byte[] bytes(String prefix, byte[] tail) {
    byte[] head = prefix.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
