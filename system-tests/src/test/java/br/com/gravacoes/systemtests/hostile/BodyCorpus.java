package br.com.gravacoes.systemtests.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The hostile bodies: every category of bad JSON against every endpoint that reads one. */
final class BodyCorpus {

  private static final List<String> MALFORMED =
      List.of(
          "{",
          "}",
          "{\"roomId\":",
          "{\"roomId\" \"x\"}",
          "{'roomId':'x'}",
          "{\"roomId\":\"x\",}",
          "{roomId:\"x\"}",
          "{\"roomId\":\"x\"}}",
          "{\"roomId\":\"x\"} {\"roomId\":\"y\"}",
          "nul",
          "tru",
          "[",
          "{\"a\":01}",
          "{\"a\":\"\\x41\"}",
          "{\"a\":\"\\uZZZZ\"}",
          "{\"a\":\"unterminated}",
          "<?xml version=\"1.0\"?><roomId>x</roomId>",
          "roomId=x&appSecret=y",
          "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
          "{\"a\":1e99999999999}",
          "\u0000\u0000\u0000");

  private static final List<String> WRONG_TYPES =
      List.of("1", "-1.5", "true", "false", "[]", "{}", "[\"x\"]", "{\"a\":\"b\"}", "1e400");

  private static final List<String> TOP_LEVEL =
      List.of("[]", "[{\"roomId\":\"x\"}]", "\"texto\"", "123", "true", "null", "\"\"");

  private final List<HostileCase> cases = new ArrayList<>();

  static List<HostileCase> against(List<BodyTarget> targets) {
    BodyCorpus corpus = new BodyCorpus();
    targets.forEach(corpus::add);
    return corpus.cases;
  }

  private void add(BodyTarget target) {
    MALFORMED.forEach(body -> cases.add(target.request("malformed-json").json(body).build()));
    String base = target.baseBody();
    for (int cut : new int[] {1, base.length() / 3, base.length() / 2, base.length() - 1}) {
      cases.add(
          target
              .request("truncated-json")
              .label("cut " + cut)
              .json(base.substring(0, cut))
              .build());
    }
    TOP_LEVEL.forEach(body -> cases.add(target.request("wrong-types").json(body).build()));
    for (String field : target.attacked()) {
      WRONG_TYPES.forEach(
          json ->
              cases.add(
                  target
                      .request("wrong-types")
                      .label(field)
                      .json(target.with(field, json))
                      .build()));
      if (target.nullable()) {
        cases.add(
            target.request("missing-fields").label(field).json(target.with(field, "null")).build());
      }
      attack(target, field, "unicode", HostileStrings.unicode());
      attack(target, field, "control-chars", HostileStrings.control());
      attack(target, field, "sql", HostileStrings.sql());
      if (!target.opaque().contains(field)) {
        attack(target, field, "path-traversal", HostileStrings.traversal());
      }
      attack(target, field, "huge-strings", HostileStrings.huge());
      for (byte[] invalid :
          new byte[][] {
            {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}
          }) {
        String marker = "\u0001INVALID\u0001";
        String body = target.with(field, "\"sala" + marker + "\"");
        cases.add(
            target
                .request("invalid-utf8")
                .label(field)
                .header("Content-Type", "application/json")
                .body(splice(body, marker, invalid))
                .build());
      }
    }
    if (target.emptyObjectRefused()) {
      cases.add(target.request("missing-fields").label("{}").json("{}").build());
    }
    if (target.strict()) {
      cases.add(
          target
              .request("missing-fields")
              .label("unknown field")
              .json(base.substring(0, base.length() - 1) + ",\"campoDesconhecido\":\"x\"}")
              .build());
    }
    hugeBodies(target, base);
  }

  private void attack(BodyTarget target, String field, String category, Map<String, String> texts) {
    texts.forEach(
        (label, text) ->
            cases.add(
                target
                    .request(category)
                    .label(field + " " + label)
                    .json(target.with(field, HostileStrings.quote(text)))
                    .build()));
  }

  private void hugeBodies(BodyTarget target, String base) {
    for (int size : new int[] {64 * 1024 + 1, 70 * 1024, 300 * 1024}) {
      String padded =
          base.substring(0, base.length() - 1)
              + ",\"enchimento\":\""
              + "x".repeat(size - base.length())
              + "\"}";
      cases.add(target.request("huge-bodies").label(size + " bytes").json(padded).build());
    }
    cases.add(
        target
            .request("huge-bodies")
            .label("70 KB chunked")
            .json(
                base.substring(0, base.length() - 1) + ",\"e\":\"" + "y".repeat(70 * 1024) + "\"}")
            .withoutLength()
            .build());
  }

  private static byte[] splice(String body, String marker, byte[] bytes) {
    String[] parts = body.split(marker, -1);
    byte[] before = parts[0].getBytes(StandardCharsets.UTF_8);
    byte[] after = parts[1].getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[before.length + bytes.length + after.length];
    System.arraycopy(before, 0, all, 0, before.length);
    System.arraycopy(bytes, 0, all, before.length, bytes.length);
    System.arraycopy(after, 0, all, before.length + bytes.length, after.length);
    return all;
  }
}
