package br.com.gravacoes.adapters.supabase;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Recognises a Supabase project's public key, which a browser may hold and which must never be the
 * mirror's: a {@code sb_publishable_...} key, or a legacy JWT key whose {@code role} is {@code
 * anon}. With grants and row-level security a real project may take an empty write with it, so only
 * the key itself tells.
 */
final class SupabaseKeys {

  private static final String PUBLISHABLE_PREFIX = "sb_publishable_";

  private SupabaseKeys() {}

  static boolean isPublic(String key) {
    if (key.startsWith(PUBLISHABLE_PREFIX)) {
      return true;
    }
    String[] parts = key.split("\\.", -1);
    if (parts.length != 3) {
      return false;
    }
    try (JsonReader reader =
        Json.createReader(
            new StringReader(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
      JsonObject claims = reader.readObject();
      return "anon".equals(claims.getString("role", null));
    } catch (IllegalArgumentException
        | JsonException
        | IllegalStateException
        | ClassCastException e) {
      // Not a JWT we can read: the project will judge it.
      return false;
    }
  }
}
