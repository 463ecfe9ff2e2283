package br.com.gravacoes.systemtests.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The whole generated corpus: bodies, routes, and the webhook's own secret and event cases. */
public final class HostileCorpus {

  private static final String SECRET_HEADER = "X-Gravacoes-Webhook-Secret";

  private HostileCorpus() {}

  public static List<HostileCase> build(
      String adminToken,
      String tenant,
      String otherTenantToken,
      String idleRoom,
      String recordingId,
      String webhookSecret) {
    Map<String, String> admin = Map.of("Authorization", "Bearer " + adminToken);
    String secret = tenant + "-app-secret-long-enough-for-hs256-signing";
    List<BodyTarget> targets =
        List.of(
            new BodyTarget(
                "POST /100ms/recording/start",
                "POST",
                "/api/100ms/recording/start",
                Map.of("roomId", idleRoom),
                List.of("roomId"),
                List.of(),
                true,
                true,
                false,
                admin),
            new BodyTarget(
                "POST /100ms/recording/stop",
                "POST",
                "/api/100ms/recording/stop",
                Map.of("roomId", idleRoom),
                List.of("roomId"),
                List.of(),
                true,
                true,
                false,
                admin),
            new BodyTarget(
                "PUT /integracoes/100ms",
                "PUT",
                "/api/integracoes/100ms",
                ordered(
                    "appAccessKey",
                    tenant + "-access-key",
                    "appSecret",
                    secret,
                    "templateId",
                    "tpl"),
                List.of("appAccessKey", "appSecret", "templateId"),
                List.of("appAccessKey", "appSecret", "templateId"),
                false,
                true,
                true,
                admin),
            new BodyTarget(
                "POST /integracoes/100ms/testar",
                "POST",
                "/api/integracoes/100ms/testar",
                ordered("appAccessKey", tenant + "-access-key", "appSecret", secret),
                List.of("appAccessKey", "appSecret"),
                List.of("appAccessKey", "appSecret"),
                false,
                false,
                true,
                admin),
            new BodyTarget(
                "PUT /integracoes/supabase",
                "PUT",
                "/api/integracoes/supabase",
                ordered("url", "https://fuzz.supabase.co", "serviceKey", "fuzz-service-key"),
                List.of("url", "serviceKey"),
                List.of("serviceKey"),
                false,
                true,
                true,
                admin),
            new BodyTarget(
                "POST /integracoes/supabase/testar",
                "POST",
                "/api/integracoes/supabase/testar",
                ordered("url", "https://fuzz.supabase.co", "serviceKey", "fuzz-service-key"),
                List.of("url", "serviceKey"),
                List.of("serviceKey"),
                false,
                false,
                true,
                admin),
            new BodyTarget(
                "POST /100ms/webhooks",
                "POST",
                "/api/100ms/webhooks",
                ordered(
                    "id",
                    "evt-fuzz-1",
                    "type",
                    "beam.recording.success",
                    "data.recording_id",
                    "rec-fuzz"),
                List.of("id"),
                List.of(),
                true,
                true,
                false,
                Map.of(SECRET_HEADER, webhookSecret)));
    List<HostileCase> cases = new ArrayList<>(BodyCorpus.against(targets));
    cases.addAll(
        AuthCorpus.build(
            adminToken, HostileTokens.against(tenant), recordingId, otherTenantToken, idleRoom));
    cases.addAll(ParameterCorpus.build(adminToken));
    cases.addAll(RouteCorpus.build(adminToken, recordingId));
    cases.addAll(webhookSecrets(targets.get(targets.size() - 1), webhookSecret));
    cases.addAll(webhookEventTexts(webhookSecret));
    return cases;
  }

  /** The public webhook without the right secret: refused whatever the body. */
  private static List<HostileCase> webhookSecrets(BodyTarget webhook, String secret) {
    List<HostileCase> cases = new ArrayList<>();
    List<String> bodies =
        List.of(webhook.baseBody(), "{", "[]", "{\"id\":\"'; DROP TABLE eventos_100ms; --\"}");
    for (String body : bodies) {
      for (String wrong :
          List.of("", "errado", " " + secret + "x", secret.toUpperCase(), "x".repeat(6000))) {
        cases.add(
            HostileCase.of("forged-tokens", "POST /100ms/webhooks", "POST", "/api/100ms/webhooks")
                .label("secret '" + abbreviated(wrong) + "'")
                .header(SECRET_HEADER, wrong)
                .json(body)
                .build());
      }
      cases.add(
          HostileCase.of("forged-tokens", "POST /100ms/webhooks", "POST", "/api/100ms/webhooks")
              .label("no secret")
              .json(body)
              .build());
      cases.add(
          HostileCase.of("forged-tokens", "POST /100ms/webhooks", "POST", "/api/100ms/webhooks")
              .containerLevel()
              .label("secret in invalid UTF-8")
              .rawHeader(
                  concat(
                      (SECRET_HEADER + ": ").getBytes(StandardCharsets.ISO_8859_1),
                      new byte[] {(byte) 0xC3, 0x28}))
              .json(body)
              .build());
    }
    return cases;
  }

  /**
   * Texts PostgreSQL cannot store (NUL) or that would be stored mangled (lone surrogates) in the
   * fields of an event the service keeps: the event must be refused, not half-stored.
   */
  private static List<HostileCase> webhookEventTexts(String secret) {
    List<HostileCase> cases = new ArrayList<>();
    int n = 0;
    for (String field :
        List.of(
            "recording_id",
            "room_id",
            "session_id",
            "reason",
            "error_message",
            "location",
            "recording_presigned_url")) {
      for (String text : List.of("rec\u0000x", "rec\uD800x")) {
        String type = field.startsWith("error") ? "beam.failure" : "beam.recording.success";
        String body =
            "{\"id\":\"evt-texto-"
                + (n++)
                + "\",\"type\":\""
                + type
                + "\",\"data\":{\"recording_id\":\"rec-fuzz\","
                + HostileStrings.quote(field)
                + ":"
                + HostileStrings.quote(text)
                + "}}";
        cases.add(
            HostileCase.of(
                    text.contains("\u0000") ? "control-chars" : "unicode",
                    "POST /100ms/webhooks",
                    "POST",
                    "/api/100ms/webhooks")
                .label("data." + field)
                .header(SECRET_HEADER, secret)
                .json(body)
                .build());
      }
    }
    return cases;
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static String abbreviated(String text) {
    return text.length() > 20 ? text.substring(0, 20) + "…" : text;
  }

  private static byte[] concat(byte[] head, byte[] tail) {
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
