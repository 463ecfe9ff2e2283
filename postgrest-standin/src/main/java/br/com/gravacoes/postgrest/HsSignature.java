package br.com.gravacoes.postgrest;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Optional;

/** Parses a compact JWS and accepts it only if it is HS256 signed with a project's secret. */
final class HsSignature {

  private HsSignature() {}

  /** The token if it verifies; empty when it is malformed, unsigned, another alg or forged. */
  static Optional<SignedJWT> verified(String token, String secret) {
    SignedJWT jwt;
    try {
      // Unsigned ("alg": "none") tokens fail here: nimbus does not parse them as JWS.
      jwt = SignedJWT.parse(token);
    } catch (ParseException e) {
      return Optional.empty();
    }
    if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
      return Optional.empty();
    }
    try {
      return jwt.verify(new MACVerifier(secret.getBytes(StandardCharsets.UTF_8)))
          ? Optional.of(jwt)
          : Optional.empty();
    } catch (JOSEException e) {
      return Optional.empty();
    }
  }
}
