package br.com.gravacoes.postgrest;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the {@code columns} and {@code on_conflict} parameters: column names separated by commas,
 * each bare or double-quoted, as postgrest-js sends {@code "id","reuniao_id"}.
 */
final class ColumnList {

  private ColumnList() {}

  static List<String> parse(String parameter, String raw) throws ApiError {
    List<String> names = new ArrayList<>();
    int at = 0;
    while (at <= raw.length()) {
      int end;
      String name;
      if (at < raw.length() && raw.charAt(at) == '"') {
        int closing = raw.indexOf('"', at + 1);
        if (closing < 0) {
          throw malformed(parameter, raw, "unterminated quoted name");
        }
        name = raw.substring(at + 1, closing);
        end = closing + 1;
        if (end < raw.length() && raw.charAt(end) != ',') {
          throw malformed(parameter, raw, "expecting \",\" after a quoted name");
        }
      } else {
        int comma = raw.indexOf(',', at);
        end = comma < 0 ? raw.length() : comma;
        name = raw.substring(at, end).trim();
      }
      if (name.isEmpty()) {
        throw malformed(parameter, raw, "empty column name");
      }
      names.add(name);
      at = end + 1;
    }
    return List.copyOf(names);
  }

  private static ApiError malformed(String parameter, String raw, String details) {
    return PostgrestErrors.invalidQueryParameter(
        "\"failed to parse " + parameter + " parameter (" + raw + ")\"", details);
  }
}
