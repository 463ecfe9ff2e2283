package br.com.gravacoes.launcher;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * An administrator's access token shaped like Supabase Auth's (HS256, audience {@code
 * authenticated}, the role in {@code app_metadata.role}), for the demo tenant of a local run.
 */
public final class AdminToken {

  private AdminToken() {}

  public static String mint(String secret, String tenant, String userId, Duration validity) {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .subject(userId)
            .audience("authenticated")
            .claim("role", "authenticated")
            .claim("tenant_id", tenant)
            .claim("app_metadata", Map.of("role", "admin"))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(validity)))
            .build();
    SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      token.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (JOSEException e) {
      throw new IllegalStateException("could not sign the demo token", e);
    }
    return token.serialize();
  }
}
