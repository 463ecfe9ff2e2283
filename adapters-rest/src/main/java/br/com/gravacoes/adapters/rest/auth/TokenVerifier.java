package br.com.gravacoes.adapters.rest.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;

/**
 * Verifies a compact access token (signature, algorithm, type, times, issuer, audience, subject,
 * tenant) and says who it speaks for. Built once from {@link TokenSettings}; thread-safe. JWKS keys
 * are fetched on first use, not at construction, so start-up does not depend on the identity
 * provider.
 */
public final class TokenVerifier {

  /** Tokens arrive in headers and cookies; anything this long is not one of ours. */
  static final int MAX_TOKEN_LENGTH = 16 * 1024;

  /**
   * A {@code typ} header is optional; when present it must say JWT or, per RFC 9068, an OAuth
   * access token. Other types ("dpop+jwt", "logout+jwt", ...) mark tokens minted for another
   * purpose, which must not open the API.
   */
  private static final DefaultJOSEObjectTypeVerifier<SecurityContext> ACCEPTED_TYPES =
      new DefaultJOSEObjectTypeVerifier<>(
          JOSEObjectType.JWT,
          new JOSEObjectType("at+jwt"),
          new JOSEObjectType("application/at+jwt"),
          null);

  private final AlgorithmKeySelector keySelector;
  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
  private final AccessClaims accessClaims;

  public TokenVerifier(TokenSettings settings) {
    this.keySelector = AlgorithmKeySelector.from(settings);
    this.accessClaims = new AccessClaims(settings);
    processor.setJWSTypeVerifier(ACCEPTED_TYPES);
    processor.setJWSKeySelector(keySelector);
    processor.setJWTClaimsSetVerifier(AccessTokenClaimsVerifier.from(settings));
  }

  /**
   * @throws InvalidTokenException with the reason, if the token is not acceptable or the keys to
   *     check it cannot be fetched
   */
  public VerifiedToken verify(String compactJwt) {
    SignedJWT jwt = parseSigned(compactJwt);
    JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
    if (!keySelector.acceptedAlgorithms().contains(algorithm)) {
      throw new InvalidTokenException(
          "algorithm "
              + algorithm
              + " is not accepted; accepted: "
              + keySelector.acceptedAlgorithms());
    }
    return accessClaims.read(verifiedClaims(jwt));
  }

  private static SignedJWT parseSigned(String compactJwt) {
    if (compactJwt == null || compactJwt.isBlank()) {
      throw new InvalidTokenException("no token");
    }
    if (compactJwt.length() > MAX_TOKEN_LENGTH) {
      throw new InvalidTokenException("token longer than " + MAX_TOKEN_LENGTH + " characters");
    }
    JWT jwt;
    try {
      jwt = JWTParser.parse(compactJwt);
    } catch (ParseException e) {
      throw new InvalidTokenException("not a well-formed JWT: " + e.getMessage());
    }
    if (jwt instanceof PlainJWT) {
      throw new InvalidTokenException("unsigned token (alg none)");
    }
    if (jwt instanceof EncryptedJWT) {
      throw new InvalidTokenException("encrypted token (JWE); only signed tokens are accepted");
    }
    return (SignedJWT) jwt;
  }

  private JWTClaimsSet verifiedClaims(SignedJWT jwt) {
    try {
      return processor.process(jwt, null);
    } catch (RateLimitReachedException e) {
      throw new InvalidTokenException(
          "no matching key in the cached JWKS, which was refetched too recently to look again"
              + keyHint(jwt));
    } catch (KeySourceException e) {
      throw new InvalidTokenException("signing keys unavailable: " + reason(e), e);
    } catch (BadJOSEException e) {
      throw new InvalidTokenException(reason(e) + keyHint(jwt));
    } catch (JOSEException e) {
      throw new InvalidTokenException("signature could not be checked: " + reason(e));
    }
  }

  /** Which key the token asked for: what an operator needs to tell a forgery from a rotation. */
  private static String keyHint(SignedJWT jwt) {
    String keyId = jwt.getHeader().getKeyID();
    return " (alg "
        + jwt.getHeader().getAlgorithm()
        + (keyId == null ? "" : ", kid " + keyId)
        + ")";
  }

  private static String reason(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
