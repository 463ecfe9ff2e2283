package br.com.gravacoes.adapters.rest.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

/**
 * Mints access tokens for tests: HS256 with a fixed secret, RS256 and ES256 with keys generated
 * once per JVM (serve them with {@link TestJwksServer}), or unsigned; with the claims and headers a
 * test chooses.
 */
public final class TestTokens {

  /** The HS256 secret, as text, the way Supabase shows its JWT secret (40 bytes). */
  public static final String HMAC_SECRET = "test-only-jwt-secret-0123456789abcdefghi";

  public static final String SUBJECT = "8d5a6c1e-user-0001";
  public static final String TENANT_ID = "tenant-a";
  public static final String RSA_KEY_ID = "test-rsa-1";
  public static final String EC_KEY_ID = "test-ec-1";

  private static final RSAKey RSA_KEY = newRsaKey(RSA_KEY_ID);
  private static final ECKey EC_KEY = newEcKey(EC_KEY_ID);

  private TestTokens() {}

  /** Settings that accept {@link #hs256} tokens; add to them what a test needs. */
  public static TokenSettingsBuilder hmacSettings() {
    return TokenSettings.builder().hmacSecret(HMAC_SECRET);
  }

  /** A JWKS server on loopback serving {@link #rsaKey()} and {@link #ecKey()}. */
  public static TestJwksServer startJwksServer() {
    return TestJwksServer.start(RSA_KEY, EC_KEY);
  }

  /** Settings that accept {@link #rs256} and {@link #es256} tokens served by {@code jwks}. */
  public static TokenSettingsBuilder jwksSettings(TestJwksServer jwks) {
    return TokenSettings.builder().jwksUrl(jwks.url());
  }

  public static byte[] hmacSecret() {
    return HMAC_SECRET.getBytes(StandardCharsets.UTF_8);
  }

  /** The RSA key pair (private parts included) that {@link #rs256(JWTClaimsSet)} signs with. */
  public static RSAKey rsaKey() {
    return RSA_KEY;
  }

  /** The P-256 key pair (private parts included) that {@link #es256(JWTClaimsSet)} signs with. */
  public static ECKey ecKey() {
    return EC_KEY;
  }

  public static RSAKey newRsaKey(String keyId) {
    try {
      return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ECKey newEcKey(String keyId) {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID(keyId).keyUse(KeyUse.SIGNATURE).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Claims that pass with default settings: subject, {@code tenant_id}, issued now, expiring in ten
   * minutes. Change or add claims on the returned builder.
   */
  public static JWTClaimsSet.Builder validClaims() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    return new JWTClaimsSet.Builder()
        .subject(SUBJECT)
        .claim("tenant_id", TENANT_ID)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))));
  }

  /** Claims shaped like a Supabase access token for a user whose app_metadata holds a role. */
  public static JWTClaimsSet.Builder supabaseClaims(String appRole) {
    return validClaims()
        .issuer("https://project-ref.supabase.co/auth/v1")
        .audience("authenticated")
        .claim("role", "authenticated")
        .claim("app_metadata", Map.of("provider", "email", "role", appRole));
  }

  public static String hs256(JWTClaimsSet claims) {
    return hs256(claims, hmacSecret());
  }

  public static String hs256(JWTClaimsSet claims, byte[] secret) {
    return sign(header(JWSAlgorithm.HS256).build(), claims, macSigner(secret));
  }

  public static String rs256(JWTClaimsSet claims) {
    return rs256(claims, RSA_KEY);
  }

  /** Signed with {@code key}, its kid in the header. */
  public static String rs256(JWTClaimsSet claims, RSAKey key) {
    return sign(header(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims, rsaSigner(key));
  }

  public static String es256(JWTClaimsSet claims) {
    return es256(claims, EC_KEY);
  }

  public static String es256(JWTClaimsSet claims, ECKey key) {
    return sign(header(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims, ecSigner(key));
  }

  /** A header with {@code alg} and {@code typ: JWT}, to adjust before {@link #sign}. */
  public static JWSHeader.Builder header(JWSAlgorithm algorithm) {
    return new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT);
  }

  /** Any header, any signer: for tokens that are wrong on purpose. */
  public static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) {
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  /** A token whose payload is exactly {@code json}: for claims of the wrong type. */
  public static String signRaw(JWSHeader header, String json, JWSSigner signer) {
    JWSObject jws = new JWSObject(header, new Payload(json));
    try {
      jws.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jws.serialize();
  }

  /** An unsecured JWT ({@code alg: none}, empty signature). */
  public static String unsigned(JWTClaimsSet claims) {
    return new PlainJWT(claims).serialize();
  }

  public static JWSSigner macSigner(byte[] secret) {
    try {
      return new MACSigner(secret);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  public static JWSSigner rsaSigner(RSAKey key) {
    try {
      return new RSASSASigner(key);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  public static JWSSigner ecSigner(ECKey key) {
    try {
      return new ECDSASigner(key);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
