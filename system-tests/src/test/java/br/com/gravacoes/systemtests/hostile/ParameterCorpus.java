package br.com.gravacoes.systemtests.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Garbage in the path parameter of a recording and in the query parameters of both lists. */
final class ParameterCorpus {

  private static final String API = "/api";
  private static final String UNKNOWN_ID = UUID.randomUUID().toString();

  private final List<HostileCase> cases = new ArrayList<>();
  private final String adminToken;

  private ParameterCorpus(String adminToken) {
    this.adminToken = adminToken;
  }

  static List<HostileCase> build(String adminToken) {
    ParameterCorpus corpus = new ParameterCorpus(adminToken);
    corpus.pathIds();
    corpus.queries();
    return corpus.cases;
  }

  private void pathIds() {
    List<String> ids =
        new ArrayList<>(
            List.of(
                "abc",
                "0",
                "-1",
                "null",
                "undefined",
                "00000000-0000-0000-0000-00000000000g",
                "{" + UNKNOWN_ID + "}",
                UNKNOWN_ID + "0",
                UNKNOWN_ID.replace("-", ""),
                "%20" + UNKNOWN_ID,
                "%00",
                "%C3%28",
                "%FF",
                "%ZZ",
                "%",
                "..%2F..%2Fetc%2Fpasswd",
                "%2e%2e",
                "..;",
                "..%00",
                "%F0%9F%8E%A5",
                "%E2%80%AE",
                "'%20OR%20'1'='1",
                "1%3B%20DROP%20TABLE%20gravacoes",
                "a".repeat(3000)));
    HostileStrings.traversal().values().forEach(text -> ids.add(encode(text)));
    for (String id : ids) {
      String category = category(id);
      boolean container = refusedByTheContainer(id);
      cases.add(admin(category, "GET /gravacoes/{id}", "GET", API + "/gravacoes/" + id, container));
      cases.add(
          admin(category, "GET /reunioes/{roomId}", "GET", API + "/reunioes/" + id, container));
      cases.add(
          admin(
              category,
              "POST /gravacoes/{id}/refresh",
              "POST",
              API + "/gravacoes/" + id + "/refresh",
              container));
      cases.add(
          admin(
              category,
              "GET /gravacoes/{id}/playback",
              "GET",
              API + "/gravacoes/" + id + "/playback",
              container));
    }
    cases.add(admin("not-found", "GET /gravacoes/{id}", "GET", API + "/gravacoes/" + UNKNOWN_ID));
    cases.add(
        admin(
            "not-found",
            "POST /gravacoes/{id}/refresh",
            "POST",
            API + "/gravacoes/" + UNKNOWN_ID + "/refresh"));
    cases.add(
        admin(
            "not-found",
            "GET /gravacoes/{id}/playback",
            "GET",
            API + "/gravacoes/" + UNKNOWN_ID + "/playback"));
  }

  private void queries() {
    List<String> library =
        new ArrayList<>(
            List.of(
                "status=xyz",
                "status=RECORDING%20",
                "status=%00",
                "status=%E2%80%AE",
                "status=completed%27%20OR%201%3D1",
                "reuniaoId=abc",
                "reuniaoId=..%2F..%2Fetc",
                "reuniaoId=%27%3B%20DROP%20TABLE%20reunioes%3B--",
                "de=2026-13-45",
                "de=ontem",
                "de=%2B999999999-12-31T23:59:59Z",
                "de=-999999999-01-01T00:00:00Z",
                "ate=0000-00-00",
                "ate=2026-01-01T25:00:00Z",
                "ate=%00",
                "cursor=!!!",
                "cursor=" + b64("x|y"),
                "cursor=" + b64("2026-01-01T00:00:00Z|../../etc"),
                "cursor=" + b64("+999999999-12-31T23:59:59Z|" + UNKNOWN_ID),
                "cursor=" + "A".repeat(4000),
                "cursor=%C3%28",
                "limite=0",
                "limite=-1",
                "limite=101",
                "limite=abc",
                "limite=1e3",
                "limite=99999999999999999999",
                "limite=1%20OR%201%3D1",
                "limite=%00",
                "limite=%ZZ",
                "limite=%"));
    for (String query : library) {
      cases.add(admin(category(query), "GET /gravacoes", "GET", API + "/gravacoes?" + query));
    }
    List<String> audit =
        List.of(
            "antes=xyz",
            "antes=2026-13-45",
            "antes=2026-01-01T25:00:00Z",
            "antes=%2B999999999-12-31T23:59:59Z",
            "antes=" + b64("2026-01-01T00:00:00Z|abc"),
            "antes=" + b64("2026-01-01T00:00:00Z|99999999999999999999"),
            "antes=" + b64("../../etc/passwd"),
            "antes=%27%20OR%201%3D1--",
            "antes=%00",
            "antes=%E2%80%AE",
            "antes=" + "B".repeat(4000),
            "limite=0",
            "limite=101",
            "limite=-5",
            "limite=x",
            "limite=%ZZ");
    for (String query : audit) {
      cases.add(admin(category(query), "GET /auditoria", "GET", API + "/auditoria?" + query));
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

  /**
   * Paths Payara refuses while decoding the URI, before choosing an application: an escaped NUL,
   * backslash or invalid UTF-8, an escape that is not one (%ZZ, a lone %), or dot segments that
   * climb above the root.
   */
  private static boolean refusedByTheContainer(String id) {
    String upper = id.toUpperCase();
    return upper.contains("%00")
        || upper.contains("%5C")
        || upper.contains("%C3%28")
        || upper.contains("%FF")
        || upper.contains("%ZZ")
        || id.equals("%")
        || id.split("\\.\\.%2F", -1).length > 3;
  }

  private static String category(String value) {
    String lower = value.toLowerCase();
    if (lower.contains("%2e") || lower.contains("..") || lower.contains("%2f")) {
      return "path-traversal";
    }
    if (lower.contains("%27") || lower.contains("'") || lower.contains("drop")) {
      return "sql";
    }
    if (lower.contains("%00")) {
      return "control-chars";
    }
    if (lower.contains("%c3%28")
        || lower.contains("%ff")
        || lower.contains("%zz")
        || value.endsWith("%")) {
      return "bad-escapes";
    }
    if (lower.contains("%e2") || lower.contains("%f0")) {
      return "unicode";
    }
    if (value.length() > 1000) {
      return "huge-strings";
    }
    return "garbage-params";
  }

  private static String encode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.') {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  private static String b64(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
