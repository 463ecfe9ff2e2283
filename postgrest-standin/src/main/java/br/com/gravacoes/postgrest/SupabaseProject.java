package br.com.gravacoes.postgrest;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One Supabase project served by the stand-in: its ref (the URL prefix), the PostgreSQL schema its
 * exposed {@code public} schema maps to, and the JWT secret its keys are signed with.
 */
public record SupabaseProject(String ref, String schema, String jwtSecret) {

  /** HS256 keys shorter than the hash are refused by Supabase and by nimbus alike. */
  static final int MIN_SECRET_BYTES = 32;

  private static final Pattern REF = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");
  private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public SupabaseProject {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(jwtSecret, "jwtSecret");
    if (!REF.matcher(ref).matches()) {
      throw new IllegalArgumentException("ref must be lower-case letters, digits, - or _: " + ref);
    }
    if (!SCHEMA.matcher(schema).matches()) {
      throw new IllegalArgumentException(
          "schema must be a lower-case SQL identifier (letters, digits, _): " + schema);
    }
    if (jwtSecret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "jwtSecret must have at least " + MIN_SECRET_BYTES + " bytes for HS256");
    }
  }

  /** A project with a random secret, its schema named {@code supabase_<ref>}. */
  public static SupabaseProject withRandomSecret(String ref) {
    return withRandomSecret(ref, "supabase_" + ref.replace('-', '_'));
  }

  /** A project on {@code schema} with a random 40-character secret, as Supabase generates. */
  public static SupabaseProject withRandomSecret(String ref, String schema) {
    byte[] bytes = new byte[30];
    RANDOM.nextBytes(bytes);
    return new SupabaseProject(
        ref, schema, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** Mints this project's keys. */
  public ProjectKeys keys() {
    return new ProjectKeys(this);
  }

  @Override
  public String toString() {
    return "SupabaseProject[ref=" + ref + ", schema=" + schema + "]";
  }
}
