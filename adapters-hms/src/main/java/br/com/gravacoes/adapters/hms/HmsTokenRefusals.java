package br.com.gravacoes.adapters.hms;

import br.com.gravacoes.application.port.out.CredentialsCheck;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Tells which part of a management token 100ms refused, from its 401 answer. 100ms documents only
 * the status and the shape ({@code {"code": 401, "message": "Token validation error", "details":
 * [...]}}), not the wording of {@code details}; so the answer names the access key or the signature
 * only when its words say so, and is otherwise a refusal of both.
 */
final class HmsTokenRefusals {

  private HmsTokenRefusals() {}

  static CredentialsCheck verdict(HmsApiException refusal) {
    String words =
        Stream.concat(Stream.of(String.valueOf(refusal.getMessage())), refusal.details().stream())
            .map(text -> text.toLowerCase(Locale.ROOT))
            .reduce("", (all, text) -> all + " | " + text);
    if (words.contains("signature")) {
      return CredentialsCheck.WRONG_SECRET;
    }
    if (words.contains("access key")
        || words.contains("access_key")
        || words.contains("accesskey")) {
      return CredentialsCheck.UNKNOWN_ACCESS_KEY;
    }
    return CredentialsCheck.REFUSED;
  }
}
