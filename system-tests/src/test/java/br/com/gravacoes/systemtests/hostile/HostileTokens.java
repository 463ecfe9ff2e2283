package br.com.gravacoes.systemtests.hostile;

import br.com.gravacoes.launcher.AdminToken;
import br.com.gravacoes.systemtests.ServiceEnvironment;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every forged Authorization the corpus sends, by name, each with the status it must get (401 not
 * authenticated, 403 authenticated but not an administrator).
 */
final class HostileTokens {

  record Forged(String authorization, int status) {}

  private HostileTokens() {}

  static Map<String, Forged> against(String tenant) {
    Map<String, Forged> forged = new LinkedHashMap<>();
    String admin =
        AdminToken.mint(ServiceEnvironment.TOKEN_SECRET, tenant, "fuzz", Duration.ofHours(1));
    String[] parts = admin.split("\\.");
    forged.put("none", new Forged(null, 401));
    forged.put("empty bearer", new Forged("Bearer ", 401));
    forged.put("not a jwt", new Forged("Bearer not-a-jwt", 401));
    forged.put("garbage segments", new Forged("Bearer x.y.z", 401));
    forged.put("basic", new Forged("Basic YWRtaW46YWRtaW4=", 401));
    forged.put(
        "expired",
        new Forged(
            "Bearer "
                + AdminToken.mint(
                    ServiceEnvironment.TOKEN_SECRET, tenant, "fuzz", Duration.ofMinutes(-10)),
            401));
    forged.put(
        "wrong secret",
        new Forged(
            "Bearer "
                + AdminToken.mint(
                    "another-secret-0123456789abcdef-0123456789",
                    tenant,
                    "fuzz",
                    Duration.ofHours(1)),
            401));
    String noneHeader = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    forged.put("alg none", new Forged("Bearer " + noneHeader + "." + parts[1] + ".", 401));
    forged.put(
        "alg none, signature kept",
        new Forged("Bearer " + noneHeader + "." + parts[1] + "." + parts[2], 401));
    String otherTenant =
        b64(
            new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"" + tenant + "\"", "\"outro-tenant\""));
    forged.put(
        "payload swapped to another tenant",
        new Forged("Bearer " + parts[0] + "." + otherTenant + "." + parts[2], 401));
    forged.put("signature stripped", new Forged("Bearer " + parts[0] + "." + parts[1] + ".", 401));
    forged.put("huge token", new Forged("Bearer " + "a".repeat(6000), 401));
    forged.put("sql token", new Forged("Bearer ' OR 1=1 --", 401));
    forged.put("member", new Forged("Bearer " + signed(tenant, Map.of("role", "member"), 60), 403));
    forged.put("no app role", new Forged("Bearer " + signed(tenant, Map.of(), 60), 403));
    forged.put("not yet valid", new Forged("Bearer " + notYetValid(tenant), 401));
    return forged;
  }

  private static String signed(String tenant, Map<String, Object> appMetadata, int minutes) {
    Instant now = Instant.now();
    return sign(
        new JWTClaimsSet.Builder()
            .subject("fuzz-member")
            .audience("authenticated")
            .claim("tenant_id", tenant)
            .claim("app_metadata", appMetadata)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(Duration.ofMinutes(minutes))))
            .build());
  }

  private static String notYetValid(String tenant) {
    Instant now = Instant.now();
    return sign(
        new JWTClaimsSet.Builder()
            .subject("fuzz")
            .audience("authenticated")
            .claim("tenant_id", tenant)
            .claim("app_metadata", Map.of("role", "admin"))
            .notBeforeTime(Date.from(now.plus(Duration.ofMinutes(10))))
            .expirationTime(Date.from(now.plus(Duration.ofMinutes(60))))
            .build());
  }

  private static String sign(JWTClaimsSet claims) {
    SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      token.sign(new MACSigner(ServiceEnvironment.TOKEN_SECRET.getBytes(StandardCharsets.UTF_8)));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return token.serialize();
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
