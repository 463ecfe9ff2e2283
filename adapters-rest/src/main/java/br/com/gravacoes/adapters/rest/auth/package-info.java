/**
 * Access-token verification for the API: a signed JWT (HS256 with the Supabase project's secret, or
 * RS256/ES256 from an identity provider's JWKS) becomes a {@link
 * br.com.gravacoes.adapters.rest.auth.VerifiedToken} with the caller's subject, tenant and role, or
 * is refused with an {@link br.com.gravacoes.adapters.rest.auth.InvalidTokenException} that says
 * why. Plain Java, no CDI: a wrapper elsewhere builds one {@link
 * br.com.gravacoes.adapters.rest.auth.TokenVerifier} from configuration.
 */
package br.com.gravacoes.adapters.rest.auth;
