package br.com.gravacoes.adapters.rest.auth;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The claim rules every access token must meet: {@code exp} and a non-blank {@code sub} present,
 * not expired, not before {@code nbf}, not issued in the future (each with the clock skew), and
 * {@code iss}/{@code aud} exactly as configured.
 */
final class AccessTokenClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {

  private AccessTokenClaimsVerifier(Set<String> acceptedAudiences, JWTClaimsSet exactMatches) {
    super(acceptedAudiences, exactMatches, Set.of("exp", "sub"), null);
  }

  static AccessTokenClaimsVerifier from(TokenSettings settings) {
    JWTClaimsSet.Builder exactMatches = new JWTClaimsSet.Builder();
    settings.issuer().ifPresent(exactMatches::issuer);
    // null means "any audience, or none", which is what an unconfigured audience should mean. A
    // HashSet, not Set.of: nimbus asks the set whether it contains null, which Set.of refuses.
    Set<String> acceptedAudiences =
        settings.audience().map(audience -> new HashSet<>(List.of(audience))).orElse(null);
    AccessTokenClaimsVerifier verifier =
        new AccessTokenClaimsVerifier(acceptedAudiences, exactMatches.build());
    verifier.setMaxClockSkew((int) settings.clockSkew().toSeconds());
    return verifier;
  }

  @Override
  public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
    super.verify(claims, context);
    if (claims.getSubject() == null || claims.getSubject().isBlank()) {
      throw new BadJWTException("JWT sub claim is blank");
    }
    Date issuedAt = claims.getIssueTime();
    long latestAcceptedIssue = currentTime().getTime() + getMaxClockSkew() * 1000L;
    if (issuedAt != null && issuedAt.getTime() > latestAcceptedIssue) {
      throw new BadJWTException("JWT issued in the future");
    }
  }
}
