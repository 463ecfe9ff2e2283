package br.com.gravacoes.adapters.supabase;

import br.com.gravacoes.application.port.out.MirrorProjectCheck;
import br.com.gravacoes.application.port.out.MirrorProjectCheck.Verdict;
import br.com.gravacoes.application.port.out.MirrorRejectedException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a refusal of the connection test as the part of the project's setup to fix, by PostgREST's
 * statuses and codes (supabase-postgrest.md): 401/403 the key (the gateway's "Invalid API key",
 * PGRST301/PGRST303 for a bad or expired JWT, 42501 for a role without the grant), 404 PGRST205 the
 * table, 400 PGRST204 a column. Anything else stays a refusal, worded for the test.
 */
final class ProjectRefusals {

  // PostgREST 12: "Could not find the 'thumbnail_url' column of 'gravacoes' in the schema cache".
  private static final Pattern MISSING_COLUMN = Pattern.compile("the '([^']+)' column of");

  private ProjectRefusals() {}

  static MirrorProjectCheck verdict(PostgrestRefusal refusal) {
    int status = refusal.status();
    String code = refusal.code();
    if (status == 401 || status == 403) {
      return MirrorProjectCheck.of(Verdict.KEY_REJECTED);
    }
    if (status == 404 && (code.equals("PGRST205") || code.equals("42P01"))) {
      return MirrorProjectCheck.of(Verdict.TABLE_MISSING);
    }
    if (status == 400 && code.equals("PGRST204")) {
      Matcher column = MISSING_COLUMN.matcher(refusal.postgrestMessage());
      if (column.find()) {
        return MirrorProjectCheck.columnMissing(column.group(1));
      }
    }
    throw new MirrorRejectedException(
        "Supabase recusou a verificação (HTTP "
            + status
            + refusal.detail()
            + ")"
            + (status == 404 ? ": confira a URL do projeto" : ""));
  }
}
