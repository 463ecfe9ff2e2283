package br.com.gravacoes.postgrest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Tokens no Supabase project would mint, for the tests that must see them refused. */
final class Tokens {

  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  private Tokens() {}

  /** {@code "alg": "none"} with an empty signature. */
  static String unsigned(String claimsJson) {
    return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(claimsJson) + ".";
  }

  /** Signed with the project's secret, but HS512 where Supabase uses HS256. */
  static String hs512(String secret, String role) {
    String signingInput =
        encode("{\"alg\":\"HS512\",\"typ\":\"JWT\"}")
            + "."
            + encode("{\"iss\":\"supabase\",\"role\":\"" + role + "\"}");
    try {
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
      byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + BASE64.encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String json) {
    return BASE64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
