package br.com.gravacoes.systemtests.hostile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hostile texts of the corpus, by category. Each is meant to sit inside an identifier or key
 * (where it is never valid), so the middle of a value is where it goes: stripping cannot save it.
 */
final class HostileStrings {

  static final String KB10 = "a".repeat(10 * 1024);
  static final String KB60 = "b".repeat(60 * 1024);

  private HostileStrings() {}

  static Map<String, String> unicode() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("rtl-override", "sala\u202Eeton");
    texts.put("arabic", "\u0633\u0644\u0627\u0645");
    texts.put("emoji", "sala\uD83C\uDFA5gravando");
    texts.put("combining", "sa\u0301la\u0308");
    texts.put("zero-width", "sala\u200Bdemo");
    texts.put("nul", "sala\u0000demo");
    texts.put("lone-high-surrogate", "sala\uD800demo");
    texts.put("lone-low-surrogate", "sala\uDC00demo");
    texts.put("bom", "\uFEFFsala");
    texts.put("fullwidth", "\uFF53\uFF41\uFF4C\uFF41");
    texts.put("replacement", "sala\uFFFD");
    texts.put("noncharacter", "sala\uFFFF");
    return texts;
  }

  static Map<String, String> control() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("tab", "sala\tdemo");
    texts.put("newline", "sala\ndemo");
    texts.put("crlf-injection", "sala\r\nSet-Cookie: x=1");
    texts.put("bell", "sala\u0007demo");
    texts.put("escape", "sala\u001B[31mdemo");
    texts.put("delete", "sala\u007Fdemo");
    texts.put("nel", "sala\u0085demo");
    texts.put("unit-separator", "sala\u001Fdemo");
    texts.put("line-separator", "sala\u2028demo");
    return texts;
  }

  /** Each with a space, so that none is a plausible key either. */
  static Map<String, String> sql() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("or-true", "' OR '1'='1");
    texts.put("comment", "x' OR 1=1 --");
    texts.put("drop", "'; DROP TABLE gravacoes; --");
    texts.put("union", "x' UNION SELECT app_secret FROM credenciais_100ms --");
    texts.put("sleep", "1; SELECT pg_sleep(10) --");
    texts.put("double-quote", "\" OR \"\"=\"");
    return texts;
  }

  static Map<String, String> traversal() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("dotdot", "../../../etc/passwd");
    texts.put("dotdot-windows", "..\\..\\windows\\win.ini");
    texts.put("encoded", "..%2F..%2Fetc%2Fpasswd");
    texts.put("double-encoded", "..%252F..%252Fetc");
    texts.put("web-inf", "../WEB-INF/web.xml");
    texts.put("absolute", "/etc/passwd");
    texts.put("nul-suffix", "../../etc/passwd\u0000.json");
    return texts;
  }

  static Map<String, String> huge() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("10KB", KB10);
    texts.put("60KB", KB60);
    return texts;
  }

  /** A JSON string literal of {@code text}: controls and every surrogate as \\u escapes. */
  static String quote(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7F || Character.isSurrogate(c)) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }
}
