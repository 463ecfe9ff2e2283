package br.com.gravacoes.adapters.rest.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * Builds the token verifier once from the configuration. With no key configured there is none, and
 * every authenticated endpoint answers 401: the service fails closed.
 */
@ApplicationScoped
public class TokenVerifierProducer {

  private static final Logger LOG = System.getLogger("gravacoes.auth");

  @Produces
  @ApplicationScoped
  AccessTokens accessTokens(AuthSettings settings) {
    Optional<TokenSettings> tokens = settings.tokenSettings();
    if (tokens.isEmpty()) {
      LOG.log(
          Level.WARNING,
          "[Auth] Nenhuma chave para verificar tokens (GRAVACOES_AUTH_HS256_SECRET ou"
              + " GRAVACOES_AUTH_JWKS_URL): toda chamada autenticada será recusada");
    }
    return new AccessTokens(tokens.map(TokenVerifier::new));
  }
}
