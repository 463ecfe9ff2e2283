package br.com.gravacoes.adapters.rest.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.Key;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks verification keys by the token's {@code alg}: HS256 only ever gets the configured secret,
 * RS256 and ES256 only ever get JWKS keys of the matching type, anything else gets no key. This is
 * what rules out algorithm confusion (an HS256 token "signed" with a public key).
 */
final class AlgorithmKeySelector implements JWSKeySelector<SecurityContext> {

  private final Map<JWSAlgorithm, JWSKeySelector<SecurityContext>> selectorByAlgorithm;

  private AlgorithmKeySelector(Map<JWSAlgorithm, JWSKeySelector<SecurityContext>> selectors) {
    // Kept in insertion order, so log messages list the accepted algorithms the same way each time.
    this.selectorByAlgorithm = Collections.unmodifiableMap(new LinkedHashMap<>(selectors));
  }

  static AlgorithmKeySelector from(TokenSettings settings) {
    Map<JWSAlgorithm, JWSKeySelector<SecurityContext>> selectors = new LinkedHashMap<>();
    settings
        .hmacSecret()
        .ifPresent(secret -> selectors.put(JWSAlgorithm.HS256, sharedSecretSelector(secret)));
    settings
        .jwksUrl()
        .ifPresent(
            url -> {
              JWKSource<SecurityContext> jwks = JwksSources.cached(url, settings.jwksFetch());
              for (JWSAlgorithm algorithm : List.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256)) {
                selectors.put(algorithm, new JWSVerificationKeySelector<>(algorithm, jwks));
              }
            });
    return new AlgorithmKeySelector(selectors);
  }

  Set<JWSAlgorithm> acceptedAlgorithms() {
    return selectorByAlgorithm.keySet();
  }

  @Override
  public List<? extends Key> selectJWSKeys(JWSHeader header, SecurityContext context)
      throws KeySourceException {
    JWSKeySelector<SecurityContext> selector = selectorByAlgorithm.get(header.getAlgorithm());
    return selector == null ? List.of() : selector.selectJWSKeys(header, context);
  }

  /**
   * There is only one secret, so a {@code kid} in the header says nothing about which key to use;
   * nimbus's matcher would demand the kid on the secret, and reject Supabase tokens that carry one.
   */
  private static JWSKeySelector<SecurityContext> sharedSecretSelector(byte[] secret) {
    return new JWSVerificationKeySelector<>(JWSAlgorithm.HS256, new ImmutableSecret<>(secret)) {
      @Override
      protected JWKMatcher createJWKMatcher(JWSHeader header) {
        JWSHeader withoutKeyId = new JWSHeader.Builder(header).keyID(null).build();
        return super.createJWKMatcher(withoutKeyId);
      }
    };
  }
}
