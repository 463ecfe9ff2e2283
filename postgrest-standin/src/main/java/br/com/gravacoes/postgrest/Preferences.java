package br.com.gravacoes.postgrest;

import java.util.List;

/**
 * The {@code Prefer} header values the stand-in honours; unknown ones are ignored, as PostgREST
 * does without {@code handling=strict}.
 *
 * @param representation {@code return=representation}: answer the written rows
 * @param resolution {@code merge-duplicates}, {@code ignore-duplicates} or null
 * @param missingDefault {@code missing=default}: absent keys take the column default
 */
record Preferences(boolean representation, String resolution, boolean missingDefault) {

  static final String MERGE_DUPLICATES = "merge-duplicates";
  static final String IGNORE_DUPLICATES = "ignore-duplicates";

  /** Reads every {@code Prefer} header, each a comma-separated list of {@code name=value}. */
  static Preferences parse(List<String> headers) {
    boolean representation = false;
    String resolution = null;
    boolean missingDefault = false;
    for (String header : headers == null ? List.<String>of() : headers) {
      for (String preference : header.split(",")) {
        String trimmed = preference.trim();
        switch (trimmed) {
          case "return=representation" -> representation = true;
          case "return=minimal", "return=headers-only" -> representation = false;
          case "resolution=" + MERGE_DUPLICATES -> resolution = MERGE_DUPLICATES;
          case "resolution=" + IGNORE_DUPLICATES -> resolution = IGNORE_DUPLICATES;
          case "missing=default" -> missingDefault = true;
          case "missing=null" -> missingDefault = false;
          default -> {
            // PostgREST ignores preferences it does not know (lenient handling).
          }
        }
      }
    }
    return new Preferences(representation, resolution, missingDefault);
  }
}
