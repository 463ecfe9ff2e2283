package br.com.gravacoes.postgrest;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/**
 * Mints a project's API keys as Supabase does: HS256 JWTs signed with the project's JWT secret,
 * claims {@code iss}, {@code ref}, {@code role}, {@code iat} and {@code exp}.
 */
public final class ProjectKeys {

  public static final String SERVICE_ROLE = "service_role";
  public static final String ANON = "anon";

  /** Supabase's keys are valid for ten years. */
  private static final Duration KEY_LIFETIME = Duration.ofDays(3652);

  private final SupabaseProject project;
  private final Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  ProjectKeys(SupabaseProject project) {
    this.project = project;
  }

  /** The {@code service_role} key, which bypasses row-level security: what our service sends. */
  public String serviceRoleKey() {
    return token(SERVICE_ROLE, issuedAt, issuedAt.plus(KEY_LIFETIME));
  }

  /** The {@code anon} key, meant for browsers; it may not write the mirrored table. */
  public String anonKey() {
    return token(ANON, issuedAt, issuedAt.plus(KEY_LIFETIME));
  }

  /** A {@code service_role} token that expired an hour ago. */
  public String expiredServiceRoleKey() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    return token(SERVICE_ROLE, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
  }

  /** A token for {@code role}, signed with the project's secret. */
  public String token(String role, Instant issued, Instant expires) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer("supabase")
            .claim("ref", project.ref())
            .claim("role", role)
            .issueTime(Date.from(issued))
            .expirationTime(Date.from(expires))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(new MACSigner(project.jwtSecret().getBytes(StandardCharsets.UTF_8)));
    } catch (JOSEException e) {
      throw new IllegalStateException("could not sign a key for project " + project.ref(), e);
    }
    return jwt.serialize();
  }
}
