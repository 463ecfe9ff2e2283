package br.com.gravacoes.systemtests.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Routes and methods that do not exist, and content types the API does not speak. */
final class RouteCorpus {

  private static final String API = "/api";
  private static final String UNKNOWN_ID = UUID.randomUUID().toString();

  private final List<HostileCase> cases = new ArrayList<>();
  private final String adminToken;

  private RouteCorpus(String adminToken) {
    this.adminToken = adminToken;
  }

  static List<HostileCase> build(String adminToken, String recordingId) {
    RouteCorpus corpus = new RouteCorpus(adminToken);
    corpus.unmatched();
    corpus.wrongMethods(recordingId);
    corpus.contentTypes();
    return corpus.cases;
  }

  private void unmatched() {
    for (String path :
        List.of(
            "/nada",
            "/",
            "/gravacoes/" + UNKNOWN_ID + "/nada",
            "/100ms",
            "/100ms/recording",
            "/100ms/recording/start/extra",
            "/integracoes",
            "/integracoes/zoom",
            "/sync",
            "/auditoria/1",
            "/sessao/outra",
            "/..%2Fnada",
            "/gravacoes/" + UNKNOWN_ID + "/playback/..%2F..%2F")) {
      cases.add(admin("unmatched-routes", "(no route)", "GET", API + path));
    }
  }

  private void wrongMethods(String recordingId) {
    String[][] wrong = {
      {"GET", "/100ms/recording/start"},
      {"PUT", "/100ms/recording/start"},
      {"DELETE", "/100ms/recording/stop"},
      {"PATCH", "/100ms/recording/stop"},
      {"DELETE", "/gravacoes"},
      {"POST", "/gravacoes"},
      {"PUT", "/gravacoes"},
      {"DELETE", "/gravacoes/" + recordingId},
      {"PUT", "/gravacoes/" + recordingId},
      {"GET", "/gravacoes/" + recordingId + "/refresh"},
      {"POST", "/gravacoes/" + recordingId + "/playback"},
      {"POST", "/sync/status"},
      {"GET", "/sync/retry"},
      {"DELETE", "/integracoes/100ms"},
      {"POST", "/integracoes/100ms"},
      {"GET", "/integracoes/100ms/testar"},
      {"PATCH", "/integracoes/supabase"},
      {"PUT", "/integracoes/supabase/testar"},
      {"POST", "/auditoria"},
      {"PUT", "/sessao"},
      {"GET", "/100ms/webhooks"},
      {"DELETE", "/100ms/webhooks"},
      {"FOO", "/gravacoes"},
      {"TRACE", "/gravacoes"}
    };
    for (String[] call : wrong) {
      cases.add(
          admin(
              "wrong-methods",
              call[0] + " " + call[1].replace(recordingId, "{id}"),
              call[0],
              API + call[1],
              // Payara refuses TRACE itself (405, empty) before any application code.
              call[0].equals("TRACE")));
    }
  }

  private void contentTypes() {
    String[][] routes = {
      {
        "POST /100ms/recording/start",
        "POST",
        "/100ms/recording/start",
        "{\"roomId\":\"sala-que-nao-existe\"}"
      },
      {
        "POST /100ms/recording/stop",
        "POST",
        "/100ms/recording/stop",
        "{\"roomId\":\"sala-que-nao-existe\"}"
      },
      {
        "PUT /integracoes/100ms",
        "PUT",
        "/integracoes/100ms",
        "{\"appAccessKey\":\"k\",\"appSecret\":\"curto\"}"
      },
      {"PUT /integracoes/supabase", "PUT", "/integracoes/supabase", "{\"url\":\"ftp://x\"}"},
    };
    List<String> types =
        List.of(
            "text/plain",
            "application/x-www-form-urlencoded",
            "application/xml",
            "text/html",
            "multipart/form-data; boundary=x",
            "application/json; charset=ebcdic-desconhecido",
            "application/json; charset=UTF-16",
            "garbage",
            "application/json;;;=",
            "*/*");
    for (String[] route : routes) {
      for (String type : types) {
        cases.add(
            HostileCase.of("content-types", route[0], route[1], API + route[2])
                .label(type)
                .bearer(adminToken)
                .header("Content-Type", type)
                .body(route[3])
                .build());
      }
      cases.add(
          HostileCase.of("content-types", route[0], route[1], API + route[2])
              .label("no Content-Type")
              .bearer(adminToken)
              .body(route[3])
              .build());
    }
    for (String path :
        List.of(
            "/gravacoes",
            "/auditoria",
            "/sync/status",
            "/integracoes/100ms",
            "/sessao",
            "/reunioes",
            "/gravacoes/eventos")) {
      for (String accept : List.of("application/xml", "text/html", "image/png")) {
        cases.add(
            HostileCase.of("content-types", "GET " + path, "GET", API + path)
                .label("Accept " + accept)
                .bearer(adminToken)
                .header("Accept", accept)
                .build());
      }
    }
  }

  private HostileCase admin(String category, String endpoint, String method, String target) {
    return admin(category, endpoint, method, target, false);
  }

  private HostileCase admin(
      String category, String endpoint, String method, String target, boolean container) {
    HostileCase.Builder request =
        HostileCase.of(category, endpoint, method, target).bearer(adminToken);
    return (container ? request.containerLevel() : request).build();
  }
}
